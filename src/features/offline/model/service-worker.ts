// Registers the service worker under the reader's content security policy, and follows its versions: when a
// new one is ready (a new deploy), the page offers to reload; the reload lets it take over, so the page
// never runs one version's code with another's.
import { useSyncExternalStore } from 'react';
import { WORKER_POLICY, WORKER_URL, type WorkerMessage } from '../../../shared/offline/contract';
import { canKeepOffline } from '../../../shared/offline/page-cache';

// Trusted Types, as far as registering the worker needs them (not yet in TypeScript's DOM library).
interface TrustedTypePolicyFactory {
  createPolicy(name: string, rules: { createScriptURL: (input: string) => string }): { createScriptURL(input: string): unknown };
}
declare global {
  interface Window {
    trustedTypes?: TrustedTypePolicyFactory;
  }
}

let registration: ServiceWorkerRegistration | undefined;
/** The new version, installed and waiting for the reader to reload (kept here: the registration's `waiting` may lag its state). */
let waitingWorker: ServiceWorker | undefined;
let updateReady = false;
/** Set when the reader chose to reload: the new worker taking over then reloads the page. */
let reloading = false;
const listeners = new Set<() => void>();

const setUpdateReady = () => {
  if (updateReady) return;
  updateReady = true;
  for (const listener of listeners) listener();
};

/**
 * The worker's address as the policy requires it: `trusted-types sw` allows exactly this one policy, and
 * it turns nothing into a script URL but the worker's own address.
 */
const workerScriptUrl = (): string => {
  const policy = window.trustedTypes?.createPolicy(WORKER_POLICY, {
    createScriptURL: (input) => {
      if (input !== WORKER_URL) throw new TypeError(`Only ${WORKER_URL} may be registered as the service worker.`);
      return input;
    },
  });
  // A TrustedScriptURL where the browser has Trusted Types; the string itself elsewhere.
  return (policy?.createScriptURL(WORKER_URL) ?? WORKER_URL) as string;
};

const follow = (found: ServiceWorkerRegistration) => {
  registration = found;
  const container = navigator.serviceWorker;
  // A worker that installs while another controls the page is a new version; the first one is not.
  const waiting = (worker: ServiceWorker) => {
    waitingWorker = worker;
    setUpdateReady();
  };
  const watch = (worker: ServiceWorker | null) =>
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && container.controller) waiting(worker);
    });
  if (found.waiting && container.controller) waiting(found.waiting);
  watch(found.installing);
  found.addEventListener('updatefound', () => watch(found.installing));
  let controlled = Boolean(container.controller);
  container.addEventListener('controllerchange', () => {
    if (reloading) window.location.reload();
    // Another tab let the new version take over: this page still runs the old one.
    else if (controlled) setUpdateReady();
    controlled = true;
  });
};

/** Registers the worker once the page has loaded (its install must not compete with the page's own requests). */
export const registerServiceWorker = (): void => {
  if (!canKeepOffline()) return;
  const register = () => {
    navigator.serviceWorker
      .register(workerScriptUrl(), { scope: '/' })
      // A browser that refuses workers (some private modes, a test harness) reads online as before.
      .then((found: ServiceWorkerRegistration | undefined) => found && follow(found))
      .catch(() => undefined);
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
};

/** Asks the server whether there is a new version (the page calls it as the reader moves on). */
export const checkForUpdate = (): void => {
  void registration?.update().catch(() => undefined);
};

/** Reloads into the new version: the waiting worker takes over first, then the page reloads. */
export const applyUpdate = (): void => {
  const worker = waitingWorker ?? registration?.waiting;
  // Taken over already (by another tab): this page only needs to load again.
  if (!worker || worker.state === 'activated') {
    window.location.reload();
    return;
  }
  reloading = true;
  worker.postMessage({ type: 'skip-waiting' } satisfies WorkerMessage);
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Whether a new version is ready; never during prerendering and hydration. */
export const useUpdateReady = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => updateReady,
    () => false,
  );
