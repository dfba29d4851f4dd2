/*
 * OCOP Quảng Ninh shelf widget. A partner pastes, where the shelf should appear:
 *   <script src="https://<shop>/embed.js" data-shelf="<shelf id>" data-locale="vi" async></script>
 * The script puts an iframe of <shop>/embed/shelves/<id> after itself and keeps
 * the iframe as tall as the shelf (the embed page posts its height). It reads and
 * sends nothing else; the shop's pages open in a new tab from the frame.
 */
(function () {
  "use strict";
  var MESSAGE = "ocop-shelf-height";

  function insert(script) {
    if (script.getAttribute("data-ocop-done")) return;
    var shelf = script.getAttribute("data-shelf");
    if (!shelf || !/^[A-Za-z0-9_-]{1,80}$/.test(shelf)) return;
    script.setAttribute("data-ocop-done", "1");
    var origin = new URL(script.src, document.baseURI).origin;
    var locale = script.getAttribute("data-locale") === "en" ? "en" : "vi";
    var frame = document.createElement("iframe");
    frame.src = origin + "/embed/shelves/" + encodeURIComponent(shelf) + "?locale=" + locale;
    frame.title = script.getAttribute("data-title") || (locale === "en" ? "OCOP products of Quảng Ninh" : "Sản phẩm OCOP Quảng Ninh");
    frame.loading = "lazy";
    frame.setAttribute("data-ocop-shelf", shelf);
    frame.style.cssText = "display:block;width:100%;max-width:100%;border:0;height:480px;overflow:hidden";
    script.parentNode.insertBefore(frame, script.nextSibling);

    window.addEventListener("message", function (event) {
      if (event.origin !== origin || event.source !== frame.contentWindow) return;
      var data = event.data;
      if (!data || data.type !== MESSAGE || data.shelf !== shelf) return;
      var height = Number(data.height);
      if (height > 0 && height < 20000) frame.style.height = Math.ceil(height) + "px";
    });
  }

  // Every widget script on the page (several shelves, or async loading where
  // document.currentScript is not the one being run).
  var scripts = document.querySelectorAll("script[data-shelf]");
  for (var i = 0; i < scripts.length; i++) {
    if (/\/embed\.js(\?|#|$)/.test(scripts[i].src)) insert(scripts[i]);
  }
})();
