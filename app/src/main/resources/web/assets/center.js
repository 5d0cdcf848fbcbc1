// Progressive enhancement only: the pages work without it. When a form comes back with errors,
// move focus to the summary so keyboard and screen-reader users start from the list of problems.
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.querySelector('.error-summary');
  if (summary) {
    summary.focus();
  }
});
