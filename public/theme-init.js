// Runs in <head>, before first paint, so a reader who chose dark never sees a white flash.
// A file rather than an inline script, so a strict Content-Security-Policy can allow it.
// Must agree with src/site/theme/themeStore.ts (storage key and values).
(function () {
  var choice = null;
  try {
    choice = window.localStorage.getItem('descent-theme');
  } catch {
    // Storage blocked: fall back to the system preference.
  }
  // An embed page's ?theme=light|dark wins (a host page that is dark); ?theme=auto follows the
  // reader's system setting, as does no choice at all.
  var asked = new URLSearchParams(window.location.search).get('theme');
  if (asked === 'light' || asked === 'dark') choice = asked;
  else if (asked === 'auto') choice = null;
  if (choice !== 'light' && choice !== 'dark') {
    choice = window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  document.documentElement.setAttribute('data-theme', choice);
})();
