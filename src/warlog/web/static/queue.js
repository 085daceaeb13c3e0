// Keyboard review of the queue (no inline script: the CSP forbids it). j/k: next/previous item, o or Enter:
// open it, c: confirm (a document: checked), x: reject. Ignored while typing in a form field.
(function () {
  "use strict";
  var items = Array.prototype.slice.call(document.querySelectorAll("tr.queue-item"));
  var current = -1;
  function select(n) {
    if (!items.length) { return; }
    if (current >= 0) { items[current].classList.remove("selected"); }
    current = Math.max(0, Math.min(items.length - 1, n));
    items[current].classList.add("selected");
    items[current].focus();
    items[current].scrollIntoView({ block: "nearest" });
  }
  if (items.length) { select(0); }
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT")) { return; }
    if (current < 0) { return; }
    var row = items[current], element = null;
    if (event.key === "j") { select(current + 1); }
    else if (event.key === "k") { select(current - 1); }
    else if (event.key === "o" || event.key === "Enter") { element = row.querySelector("a.open"); }
    else if (event.key === "c") { element = row.querySelector("button.confirm"); }
    else if (event.key === "x") { element = row.querySelector("button.reject"); }
    else { return; }
    event.preventDefault();
    if (element) { element.click(); }
  });
}());
