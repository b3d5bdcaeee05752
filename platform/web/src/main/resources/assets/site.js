// After a form comes back with errors, focus moves to its summary (the alert at the top of the page), so that keyboard
// and screen reader users start from what went wrong instead of the page's top.
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.querySelector('main .alert-danger[role="alert"], main .alert-warning[role="alert"]');
  if (summary) {
    if (!summary.hasAttribute('tabindex')) {
      summary.setAttribute('tabindex', '-1');
    }
    summary.focus();
  }
});
