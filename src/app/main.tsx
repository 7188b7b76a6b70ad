// The entry: the styles, which the build puts into every page, and the app, which starts only once the
// prerendered page has been painted. Its code is fetched from the start (the build lists it for preloading)
// but runs after that paint: evaluating it, and hydrating, would otherwise hold the first frame back
// whenever the code arrives before the browser has painted (a slow CPU, a fast network).
import { afterFirstPaint } from './after-first-paint';
import './styles.css';
import './theme.css';

await afterFirstPaint(window);
await import('./boot');
