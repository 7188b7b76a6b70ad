// Applies the stored reading settings to <html> before the first paint. The build compiles this module
// with what it imports into a classic script and inlines it at the top of every page's <head>
// (pipeline/vite-plugin-inline-head.ts): the same code as the settings panel, and no request.
import { applySettings, loadSettings } from './settings';

applySettings(
  document.documentElement,
  loadSettings(() => window.localStorage),
);
