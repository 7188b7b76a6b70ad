/* Applies the stored reading settings before the first paint, exactly as applySettings in
   src/features/reader-settings/model/settings.ts (a unit test compares them). ES2019, no modules. */
(function () {
  var allowed = { theme: ['system', 'light', 'dark'], textSize: ['s', 'm', 'l', 'xl'], measure: ['narrow', 'normal', 'wide'] };
  var settings = { theme: 'system', textSize: 'm', measure: 'normal' };
  try {
    var stored = JSON.parse(window.localStorage.getItem('reader.settings'));
    if (typeof stored === 'object' && stored !== null && !Array.isArray(stored)) {
      Object.keys(settings).forEach(function (key) {
        var value = Object.prototype.hasOwnProperty.call(stored, key) ? stored[key] : undefined;
        if (typeof value === 'string' && allowed[key].indexOf(value) !== -1) settings[key] = value;
      });
    }
  } catch {
    // No storage (privacy mode) or a damaged value: the defaults apply.
  }
  var root = document.documentElement;
  if (settings.theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', settings.theme);
  root.setAttribute('data-text-size', settings.textSize);
  root.setAttribute('data-measure', settings.measure);
})();
