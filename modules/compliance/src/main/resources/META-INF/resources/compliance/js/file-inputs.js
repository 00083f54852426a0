/*
 * PrimeFaces renders its simple (native) file input with aria-hidden="true" although the input is
 * visible and focusable: screen readers would skip the control. Expose it again.
 */
(function () {
    function expose() {
        document.querySelectorAll('input[type="file"][aria-hidden="true"]').forEach(function (input) {
            input.removeAttribute('aria-hidden');
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', expose);
    } else {
        expose();
    }
})();
