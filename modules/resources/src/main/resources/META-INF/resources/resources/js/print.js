/* Print buttons of topic and law pages: <button data-print="true">. No inline script (CSP). */
document.addEventListener('click', function (event) {
  var button = event.target.closest ? event.target.closest('[data-print]') : null;
  if (button) {
    window.print();
  }
});
