// A page preloads only its own language's font subsets (fonts.css, scripts/prerender.ts). A language switch
// shows the other languages' letters at once, so once the page has loaded and the browser is idle, every
// face the stylesheet declares is fetched: the switch then makes no request and never waits for a font.

/** What this needs of a FontFace (the entries of `document.fonts`, the stylesheet's own faces among them). */
export interface LoadableFace {
  readonly status: FontFaceLoadStatus;
  display: FontDisplay;
  load(): Promise<unknown>;
}

/**
 * Starts loading every face that is neither loaded nor loading, and settles when they all have. A face that
 * fails stays with the fallback font, as it would on a page that needed it.
 *
 * Chromium never uses a `font-display: optional` face that finishes loading after the page's first render,
 * even one that no text was waiting for. No text on this page uses these faces yet (else they would be
 * loading already), so they switch to `swap` first: nothing on this page can change when they arrive, and
 * the text of a language switch shows in them at once.
 */
export const loadRemainingFaces = async (faces: Iterable<LoadableFace>): Promise<void> => {
  const remaining = [...faces].filter((face) => face.status === 'unloaded');
  await Promise.all(
    remaining.map((face) => {
      face.display = 'swap';
      return face.load().catch(() => undefined);
    }),
  );
};

/** The parts of `window` that `afterLoadAndIdle` uses. */
export interface IdleWindow {
  readonly document: { readonly readyState: DocumentReadyState };
  addEventListener(type: 'load', listener: () => void, options: { once: true }): void;
  requestIdleCallback?: (callback: () => void, options: { timeout: number }) => unknown;
  setTimeout(callback: () => void, ms: number): unknown;
}

/** A browser that is never idle (a busy tab) still gets the task this long after `load`. */
const IDLE_TIMEOUT_MS = 5000;

/**
 * Runs `task` once the page's `load` event has passed and the browser has nothing else to do: after the
 * page's own requests and its first paints, so warming up never competes with them.
 */
export const afterLoadAndIdle = (win: IdleWindow, task: () => void): void => {
  const whenIdle = () => {
    // Safari has no requestIdleCallback: the next turn after `load` is the nearest equivalent.
    if (win.requestIdleCallback) win.requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
    else win.setTimeout(task, 0);
  };
  if (win.document.readyState === 'complete') whenIdle();
  else win.addEventListener('load', whenIdle, { once: true });
};
