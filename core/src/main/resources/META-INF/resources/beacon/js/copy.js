/*
 * Copy buttons: a button with data-copy="ID" copies the text of the element with that id to the
 * clipboard and announces the result in the element named by data-status. Delegated from the
 * document, so rows redrawn by Ajax keep working. Without the clipboard API the text is selected
 * so that the user can copy it by hand.
 */
(function () {
  "use strict";

  function announce(button, text) {
    var status = document.getElementById(button.getAttribute("data-status"));
    if (status) {
      status.textContent = text;
    }
  }

  function selectText(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-copy]") : null;
    if (!button) {
      return;
    }
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) {
      return;
    }
    var text = source.textContent;
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(
        function () { announce(button, button.getAttribute("data-copied")); },
        function () { selectText(source); announce(button, button.getAttribute("data-failed")); }
      );
    } else {
      selectText(source);
      announce(button, button.getAttribute("data-failed"));
    }
  });
})();
