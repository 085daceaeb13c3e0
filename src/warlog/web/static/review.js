// Keyboard shortcuts for reviewing (no inline script: the CSP forbids it). c: confirm, x: reject, n: next
// unreviewed incident. Ignored while typing in a form field.
(function () {
  "use strict";
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT" ||
                   target.isContentEditable)) { return; }
    var selector = { c: "[data-testid=confirm]", x: "[data-testid=reject]", n: "#next-unreviewed" }[event.key];
    var element = selector && document.querySelector(selector);
    if (element) {
      event.preventDefault();
      element.click();
    }
  });
}());
