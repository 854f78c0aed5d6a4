// Sets the theme before the first paint, so a dark-mode user never sees a light flash. A file, not an inline
// script, because the Content-Security-Policy allows scripts from the console's own origin only.
// Same rules as src/app/theme.ts: localStorage 'authms.console.theme' = light | dark, else the system setting.
(function () {
  var choice = null;
  try {
    choice = window.localStorage.getItem('authms.console.theme');
  } catch {
    // storage unavailable: follow the system
  }
  var dark =
    choice === 'dark' ||
    (choice !== 'light' && !!window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.setAttribute('data-theme', dark ? 'dark' : 'light');
})();
