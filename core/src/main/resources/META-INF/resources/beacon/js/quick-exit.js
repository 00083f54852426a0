/*
 * Quick exit: leaves the portal at once for a neutral site and replaces the current history entry,
 * so the back button does not return here. Works from the button and from Escape pressed twice
 * within a second. Without JavaScript the button is still an ordinary link to the neutral site.
 */
(function () {
  "use strict";
  var lastEscape = 0;

  function leave(url) {
    document.documentElement.style.visibility = "hidden";
    document.title = "";
    window.location.replace(url);
  }

  function exitLink() {
    return document.querySelector("[data-quick-exit]");
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("[data-quick-exit]") : null;
    if (link) {
      event.preventDefault();
      leave(link.href);
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" && event.key !== "Esc") {
      return;
    }
    var now = Date.now();
    if (now - lastEscape < 1000) {
      var link = exitLink();
      if (link) {
        leave(link.href);
      }
    }
    lastEscape = now;
  });
})();
