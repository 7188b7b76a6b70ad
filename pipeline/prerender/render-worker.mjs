// Starts a prerender worker: a worker thread does not inherit the TypeScript loader that `tsx` gave the
// main script, so it registers it before loading the worker's code.
import { register } from 'tsx/esm/api';

register();
await import('./render-worker.ts');
