// Brushing on the timeline: drag across the chart to filter every view on that date range (no inline script:
// the CSP forbids it; the page passes the base URL and the axis geometry in data- attributes).
(function () {
  "use strict";
  var svg = document.querySelector("svg[data-testid=timeline]");
  if (!svg) { return; }
  var NS = "http://www.w3.org/2000/svg";
  var left = parseFloat(svg.dataset.left), slot = parseFloat(svg.dataset.slot), step = parseInt(svg.dataset.step, 10);
  var first = new Date(svg.dataset.first + "T00:00:00Z");
  var start = null, brush = null, dragged = false;

  function toX(event) {
    var point = svg.createSVGPoint();
    point.x = event.clientX; point.y = event.clientY;
    return point.matrixTransform(svg.getScreenCTM().inverse()).x;
  }
  function dayAt(x, end) {
    var n = Math.max(0, Math.floor((x - left) / slot));
    var d = new Date(first.getTime() + (n * step + (end ? step - 1 : 0)) * 86400000);
    return d.toISOString().slice(0, 10);
  }
  svg.addEventListener("mousedown", function (event) {
    event.preventDefault();
    start = toX(event); dragged = false;
    brush = document.createElementNS(NS, "rect");
    brush.setAttribute("class", "brush");
    brush.setAttribute("y", "0"); brush.setAttribute("height", svg.viewBox.baseVal.height);
    brush.setAttribute("x", start); brush.setAttribute("width", "0");
    svg.appendChild(brush);
  });
  svg.addEventListener("mousemove", function (event) {
    if (start === null) { return; }
    var x = toX(event);
    if (Math.abs(x - start) > 4) { dragged = true; }
    brush.setAttribute("x", Math.min(x, start)); brush.setAttribute("width", Math.abs(x - start));
  });
  window.addEventListener("mouseup", function (event) {
    if (start === null) { return; }
    var x = toX(event), from = Math.min(x, start), to = Math.max(x, start);
    start = null;
    if (!dragged) { brush.remove(); return; }  // a click: the bar's own link
    var target = new URL(svg.dataset.brush, window.location.origin);
    target.searchParams.set("since", dayAt(from, false));
    target.searchParams.set("until", dayAt(to, true));
    window.location.assign(target.pathname + target.search);
  });
  svg.addEventListener("click", function (event) { if (dragged) { event.preventDefault(); } }, true);
}());
