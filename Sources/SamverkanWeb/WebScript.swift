/// The pages' one script, served as `/static/samverkan.js`: pan and zoom of the pictures (mouse,
/// touch and keyboard), the actor panel on a click in a picture, and the zoom buttons. Every page
/// reads and works without it.
enum WebScript {
  static let source = """
    // Samverkan: pan, zoom and the actor panel. The pages work without this script.
    (function () {
      "use strict";
      function box(svg) {
        return svg.getAttribute("viewBox").split(/[\\s,]+/).map(Number);
      }
      function setBox(svg, b) {
        svg.setAttribute("viewBox", b.map(function (n) { return n.toFixed(2); }).join(" "));
      }
      function zoomable(figure) {
        var svg = figure.querySelector("svg");
        if (!svg || !svg.getAttribute("viewBox")) { return; }
        var home = box(svg);
        svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
        var tools = figure.parentNode.querySelector(".zoom-tools");
        if (tools) { tools.hidden = false; }
        function zoom(factor, cx, cy) {
          var b = box(svg);
          var w = b[2] * factor, h = b[3] * factor;
          if (w > home[2] * 4 || w < home[2] / 20) { return; }
          if (cx === undefined) { cx = b[0] + b[2] / 2; cy = b[1] + b[3] / 2; }
          setBox(svg, [cx - (cx - b[0]) * factor, cy - (cy - b[1]) * factor, w, h]);
          figure.setAttribute("data-zoom", (home[2] / w).toFixed(2));
        }
        function pan(dx, dy) {
          var b = box(svg);
          setBox(svg, [b[0] + dx * b[2], b[1] + dy * b[3], b[2], b[3]]);
        }
        function reset() { setBox(svg, home); figure.setAttribute("data-zoom", "1.00"); }
        function point(event) {
          var r = svg.getBoundingClientRect(), b = box(svg);
          var scale = Math.max(b[2] / r.width, b[3] / r.height);
          var offX = (r.width * scale - b[2]) / 2, offY = (r.height * scale - b[3]) / 2;
          return [b[0] - offX + (event.clientX - r.left) * scale, b[1] - offY + (event.clientY - r.top) * scale, scale];
        }
        figure.addEventListener("wheel", function (event) {
          event.preventDefault();
          var p = point(event);
          zoom(event.deltaY < 0 ? 0.8 : 1.25, p[0], p[1]);
        }, { passive: false });
        var drag = null;
        figure.addEventListener("pointerdown", function (event) {
          if (event.button !== 0) { return; }
          drag = { x: event.clientX, y: event.clientY, moved: false };
        });
        figure.addEventListener("pointermove", function (event) {
          if (!drag) { return; }
          var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
          if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) { return; }
          if (!drag.moved) { figure.setPointerCapture(event.pointerId); }
          drag.moved = true;
          figure.classList.add("dragging");
          var scale = point(event)[2], b = box(svg);
          setBox(svg, [b[0] - dx * scale, b[1] - dy * scale, b[2], b[3]]);
          drag.x = event.clientX; drag.y = event.clientY;
        });
        function endDrag(event) {
          if (drag && drag.moved) { figure.dragged = true; }
          drag = null;
          figure.classList.remove("dragging");
        }
        figure.addEventListener("pointerup", endDrag);
        figure.addEventListener("pointercancel", endDrag);
        figure.addEventListener("keydown", function (event) {
          var keys = {
            "+": function () { zoom(0.8); }, "=": function () { zoom(0.8); },
            "-": function () { zoom(1.25); }, "0": reset,
            "ArrowLeft": function () { pan(-0.1, 0); }, "ArrowRight": function () { pan(0.1, 0); },
            "ArrowUp": function () { pan(0, -0.1); }, "ArrowDown": function () { pan(0, 0.1); }
          };
          if (keys[event.key]) { event.preventDefault(); keys[event.key](); }
        });
        if (tools) {
          tools.addEventListener("click", function (event) {
            var button = event.target.closest("button[data-zoom]");
            if (!button) { return; }
            var what = button.getAttribute("data-zoom");
            if (what === "in") { zoom(0.8); } else if (what === "out") { zoom(1.25); } else { reset(); }
          });
        }
        figure.setAttribute("data-zoom", "1.00");
      }
      function actorOf(group, prefix) {
        var classes = (group.getAttribute("class") || "").split(/\\s+/);
        for (var i = 0; i < classes.length; i++) {
          if (classes[i].indexOf("actor-") === 0) { return classes[i].slice(6); }
        }
        var id = group.getAttribute("id") || "";
        var start = prefix + "-actor-";
        return id.indexOf(start) === 0 ? id.slice(start.length) : null;
      }
      function show(id) {
        var panel = document.getElementById("aktor-" + id);
        if (!panel) { return false; }
        Array.prototype.forEach.call(document.querySelectorAll(".panel"), function (other) {
          other.hidden = other !== panel;
        });
        Array.prototype.forEach.call(document.querySelectorAll("g.actor.chosen"), function (g) {
          g.classList.remove("chosen");
        });
        Array.prototype.forEach.call(document.querySelectorAll("figure.zoom g.actor"), function (g) {
          var figure = g.closest("figure");
          if (actorOf(g, figure.getAttribute("data-id-prefix")) === id) { g.classList.add("chosen"); }
        });
        panel.hidden = false;
        document.body.classList.add("panel-open");
        panel.focus();
        return true;
      }
      function closePanels() {
        Array.prototype.forEach.call(document.querySelectorAll(".panel"), function (panel) {
          panel.hidden = true;
        });
        document.body.classList.remove("panel-open");
      }
      Array.prototype.forEach.call(document.querySelectorAll("figure.zoom"), function (figure) {
        zoomable(figure);
        figure.addEventListener("click", function (event) {
          if (figure.dragged) { figure.dragged = false; return; }
          var group = event.target.closest("g.actor");
          if (!group) { return; }
          var id = actorOf(group, figure.getAttribute("data-id-prefix"));
          if (id && show(id)) { event.preventDefault(); }
        });
      });
      document.addEventListener("click", function (event) {
        var link = event.target.closest("a[data-actor]");
        if (link && show(link.getAttribute("data-actor"))) { event.preventDefault(); }
        if (event.target.closest("a[data-close]")) { closePanels(); event.preventDefault(); }
      });
      document.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && document.body.classList.contains("panel-open")) { closePanels(); }
      });
    })();

    """
}
