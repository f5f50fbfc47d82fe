#!/usr/bin/env python3
"""Uses `samverkan serve` in headless Chromium (Debian's chromedriver, nothing downloaded) as a
person would: opens the index and a map, types "ångest" into the form and asks, checks the answer
and the lit path, clicks an actor and sees its panel, zooms, edits the map file and sees the change
after a reload, breaks it and sees the positioned error. Screenshots at 1,400 and 400 px go to the
folder given; a JSON summary to standard output.

    scripts/check-web-in-browser.py .build/debug/samverkan SHOTS_FOLDER

Exits 2 when selenium or chromedriver is missing, 1 when a check fails.
"""
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.action_chains import ActionChains
except ImportError:
    print("missing Python package: selenium (apt-get install python3-selenium)")
    sys.exit(2)

DRIVER = "/usr/bin/chromedriver"
BROWSER = "/usr/bin/chromium"
if not Path(DRIVER).exists():
    print(f"missing {DRIVER} (apt-get install chromium-driver)")
    sys.exit(2)

binary = Path(sys.argv[1]).resolve()
shots = Path(sys.argv[2]).resolve()
shots.mkdir(parents=True, exist_ok=True)
root = Path(__file__).resolve().parent.parent
maps = Path(tempfile.mkdtemp(prefix="samverkan-web-"))
shutil.copy(root / "Maps/molndal.yaml", maps / "molndal.yaml")
shutil.copytree(root / "Maps/regions", maps / "regions")
server = subprocess.Popen(
    [str(binary), "serve", str(maps), "--port", "0"],
    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    env={"LANG": "sv_SE.UTF-8", "PATH": "/usr/bin:/bin"})
failures = []
result = {}


def check(condition, what):
    result.setdefault("checks", []).append({"what": what, "ok": bool(condition)})
    if not condition:
        failures.append(what)


try:
    line = server.stderr.readline()
    match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    if not match:
        print(json.dumps({"error": "no address", "stderr": line}))
        sys.exit(1)
    base = f"http://127.0.0.1:{match.group(1)}"
    options = webdriver.ChromeOptions()
    options.binary_location = BROWSER
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    # Drawing a lit picture the first time takes a moment: elements are waited for.
    driver.implicitly_wait(20)
    try:
        driver.set_window_size(1400, 1000)
        driver.get(base + "/")
        check("Västra Götalandsregionen" in driver.page_source, "the index groups by region")
        driver.save_screenshot(str(shots / "index-1400.png"))
        driver.find_element(By.LINK_TEXT, "Mölndals stad").click()
        check(driver.current_url.endswith("/karta/molndal"), "a click on the map opens its page")
        tools = driver.find_elements(By.CSS_SELECTOR, ".zoom-tools")
        check(tools and all(t.is_displayed() for t in tools), "the script ran under the CSP")
        # Ask as a kurator would, by typing into the form.
        box = driver.find_element(By.ID, "text")
        box.send_keys("ångest")
        driver.find_element(By.CSS_SELECTOR, "#fran option[value='kurator']").click()
        driver.find_element(By.ID, "alder").send_keys("13")
        driver.find_element(By.CSS_SELECTOR, "#grad option[value='mild']").click()
        driver.find_element(By.CSS_SELECTOR, "form.who button[type=submit]").click()
        answer = driver.find_element(By.ID, "svar").text
        result["answer"] = answer[:400]
        # Mild anxiety at 13: VGR's UPH (lindrig/måttlig, 6-17 år) first, as `samverkan who`.
        first = driver.find_element(By.CSS_SELECTOR, "ol.answers li h3").text
        check("(UPH)" in first, "the first answer is UPH")
        lit = driver.find_elements(By.CSS_SELECTOR, "figure.zoom g.highlighted")
        result["highlighted"] = len(lit)
        check(len(lit) >= 2, "the path is lit in the pictures")
        driver.save_screenshot(str(shots / "answer-1400.png"))
        # Click an actor in the network picture: its panel opens.
        node = driver.find_element(By.ID, "molndal-actor-socialtjanst")
        driver.execute_script("arguments[0].scrollIntoView({block:'center'})", node)
        driver.find_element(By.CSS_SELECTOR, "#molndal-actor-socialtjanst text").click()
        panel = driver.find_element(By.ID, "aktor-socialtjanst")
        check(panel.is_displayed(), "a click on an actor opens its panel")
        check("Vägar in" in panel.text, "the panel shows routes in")
        # Beside the picture, not below it: the panel and the clicked actor are both on screen,
        # so the page does not jump away from the picture the person clicked in.
        seen = driver.execute_script(
            "var p = arguments[0].getBoundingClientRect(), n = arguments[1].getBoundingClientRect();"
            "var h = window.innerHeight, w = window.innerWidth;"
            "return {panel: p.top >= 0 && p.top < h / 2 && p.right <= w,"
            " node: n.bottom > 0 && n.top < h && n.right <= p.left};",
            panel, node)
        result["panel_beside"] = seen
        check(seen["panel"], "the panel opens in view, at the top of the window")
        check(seen["node"], "the clicked actor stays in view, left of the panel")
        driver.save_screenshot(str(shots / "panel-1400.png"))
        driver.find_element(By.CSS_SELECTOR, "#aktor-socialtjanst a[data-close]").click()
        check(not panel.is_displayed(), "Stäng closes the panel")
        # Zoom with the keyboard.
        figure = driver.find_element(By.CSS_SELECTOR, "#natverk figure")
        before = figure.find_element(By.TAG_NAME, "svg").get_dom_attribute("viewBox")
        driver.execute_script("arguments[0].scrollIntoView({block:'center'}); arguments[0].focus()", figure)
        ActionChains(driver).send_keys("+").send_keys("+").perform()
        after = figure.find_element(By.TAG_NAME, "svg").get_dom_attribute("viewBox")
        result["zoom"] = figure.get_attribute("data-zoom")
        check(before != after and float(figure.get_attribute("data-zoom")) > 1.4, "+ zooms in")
        driver.save_screenshot(str(shots / "zoomed-1400.png"))
        driver.set_window_size(400, 900)
        driver.get(base + "/karta/molndal/fraga?text=%C3%A5ngest&fran=kurator&alder=13&grad=mild")
        width = driver.execute_script("return document.documentElement.scrollWidth")
        check(width <= 400, f"no page wider than 400 px ({width})")
        driver.save_screenshot(str(shots / "answer-400.png"))
        driver.set_window_size(1400, 1000)
        # Edit the map: the new name shows after a reload.
        text = (maps / "molndal.yaml").read_text(encoding="utf-8")
        (maps / "molndal.yaml").write_text(
            text.replace("name: Mölndals stad", "name: Mölndals stad (redigerad)", 1), encoding="utf-8")
        time.sleep(2.5)
        driver.get(base + "/karta/molndal")
        check("Mölndals stad (redigerad)" in driver.find_element(By.TAG_NAME, "h1").text,
              "an edit shows after a reload")
        # Break it: the last good map stays and the error is placed.
        (maps / "molndal.yaml").write_text(
            text.replace("name: Mölndals stad", "name: [Mölndals stad", 1), encoding="utf-8")
        time.sleep(2.5)
        driver.get(base + "/karta/molndal")
        problem = driver.find_elements(By.ID, "problem")
        check(problem and re.search(r"molndal\.yaml:\d+:\d+", problem[0].text),
              "a broken edit shows file:line:column")
        check("Mölndals stad (redigerad)" in driver.find_element(By.TAG_NAME, "h1").text,
              "a broken edit keeps the last good map")
        if problem:
            result["problem"] = problem[0].text[:300]
        driver.save_screenshot(str(shots / "broken-1400.png"))
    finally:
        driver.quit()
finally:
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait(timeout=10)
    shutil.rmtree(maps, ignore_errors=True)

result["failures"] = failures
result["screenshots"] = str(shots)
print(json.dumps(result, ensure_ascii=False))
sys.exit(1 if failures else 0)
