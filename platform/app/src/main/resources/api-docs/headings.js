// ReDoc jumps from an operation's h2 to h5 ("path Parameters", "Responses"): screen readers and axe-core read that
// as skipped levels. Each heading that skips is given the level right below the heading before it (aria-level),
// again whenever ReDoc renders more of the page.
(function () {
  function levelOf(heading) {
    return parseInt(heading.getAttribute('aria-level') || heading.tagName.substring(1), 10);
  }

  function fixHeadings() {
    var previous = 0;
    document.querySelectorAll('h1, h2, h3, h4, h5, h6').forEach(function (heading) {
      heading.removeAttribute('aria-level');
      var level = levelOf(heading);
      if (level > previous + 1) {
        heading.setAttribute('aria-level', String(previous + 1));
        level = previous + 1;
      }
      previous = level;
    });
  }

  var pending = null;
  new MutationObserver(function () {
    clearTimeout(pending);
    pending = setTimeout(fixHeadings, 50);
  }).observe(document.body, {childList: true, subtree: true});
})();
