#!/usr/bin/env python3
"""Opens a report page in headless Chromium (through Debian's chromedriver) as a reader would, and
prints one JSON object with what it measured; ReportCommandTests runs it and checks the numbers.

    scripts/check-report-in-browser.py REPORT/molndal/index.html SCREENSHOT-FOLDER

At 400 and 1,400 px wide: how wide the page is against the window, how many tables scroll
sideways in their box, whether the search field
shows and finds rows; a screenshot of each. Printed (Chromium's --print-to-pdf, A4 landscape):
the number of pages and the size of the first; with print media emulated at the printed width,
each picture's width against the page's. Nothing is fetched from the network.
Exits 2 when selenium or chromedriver is missing.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
except ImportError:
    print("missing Python package: selenium (apt-get install python3-selenium)")
    sys.exit(2)

DRIVER = "/usr/bin/chromedriver"
BROWSER = "/usr/bin/chromium"
if not Path(DRIVER).exists():
    print(f"missing {DRIVER} (apt-get install chromium-driver)")
    sys.exit(2)

page = Path(sys.argv[1]).resolve()
shots = Path(sys.argv[2]).resolve()
shots.mkdir(parents=True, exist_ok=True)
url = page.as_uri()
flags = ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]

options = webdriver.ChromeOptions()
options.binary_location = BROWSER
for flag in flags:
    options.add_argument(flag)
driver = webdriver.Chrome(service=Service(DRIVER), options=options)
result = {"widths": {}}
try:
    for width in (400, 1400):
        driver.set_window_size(width, 1000)
        driver.get(url)
        measured = driver.execute_script(
            "return {scrollWidth: document.documentElement.scrollWidth,"
            " innerWidth: window.innerWidth,"
            " searchShown: !document.querySelector('.search').hidden,"
            " rows: document.querySelectorAll('.sok tbody tr').length,"
            " tablesScrolling: Array.from(document.querySelectorAll('.scroll'))"
            "  .filter(box => box.scrollWidth > box.clientWidth + 1).length};")
        box = driver.find_element(By.ID, "sok")
        box.send_keys("BUP")
        measured["rowsAfterSearch"] = driver.execute_script(
            "return Array.from(document.querySelectorAll('.sok tbody tr'))"
            ".filter(row => row.getClientRects().length > 0).length;")
        measured["count"] = driver.find_element(By.ID, "sok-antal").text
        box.clear()
        driver.execute_script(
            "var b=document.getElementById('sok'); b.value=''; b.dispatchEvent(new Event('input'));")
        shot = shots / f"report-{width}px.png"
        driver.save_screenshot(str(shot))
        measured["screenshot"] = str(shot)
        driver.execute_script("document.getElementById('vagar').scrollIntoView();")
        routes = shots / f"report-{width}px-routes.png"
        driver.save_screenshot(str(routes))
        measured["routesScreenshot"] = str(routes)
        result["widths"][str(width)] = measured
    # A4 landscape less the page's 10 mm margins, at 96 px per inch.
    printed = round((297 - 20) / 25.4 * 96)
    driver.set_window_size(printed, 1000)
    driver.get(url)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    result["print"] = driver.execute_script(
        "return {pageWidth: document.documentElement.clientWidth,"
        " scrollWidth: document.documentElement.scrollWidth,"
        " pictures: Array.from(document.querySelectorAll('figure.map svg')).map(svg => {"
        "  var r = svg.getBoundingClientRect(); return {left: r.left, right: r.right, width: r.width}; })};")
finally:
    driver.quit()

pdf = shots / "report.pdf"
subprocess.run(
    [BROWSER, *flags, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", url],
    check=True, capture_output=True, timeout=120)
data = pdf.read_bytes()
boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([0-9.]+) ([0-9.]+)\s*\]", data)
result["pdf"] = {
    "path": str(pdf),
    "pages": len(re.findall(rb"/Type\s*/Page(?![s\w])", data)),
    "firstPage": [float(boxes[0][0]), float(boxes[0][1])] if boxes else None,
}
print(json.dumps(result))
