// brief serve: reload the page after each rebuild; show a failed build over the page.
(function () {
  "use strict";
  var overlay = null;
  function showError(message) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "brief-error-overlay";
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;inset:0;z-index:99999;background:rgba(20,0,0,.92);color:#fff;" +
        "font:14px/1.5 ui-monospace,monospace;padding:2rem;overflow:auto;white-space:pre-wrap";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "brief: the last build failed; the page shows the build before it.\n\n" + message;
  }
  var source = new EventSource("/__brief/events");
  source.addEventListener("reload", function () { window.location.reload(); });
  source.addEventListener("error", function (e) { if (e.data) showError(e.data); });
})();
