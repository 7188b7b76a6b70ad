// The app's code must not stand between the HTML and its first paint. A module script runs once the
// document is parsed and the code has arrived; when the code arrives before the browser has painted
// (a fast network, a slow CPU), hydrating then would hold the first frame for as long as hydration takes.

/** The parts of `window` that `afterFirstPaint` uses. */
export interface PaintWindow {
  readonly document: { readonly visibilityState: DocumentVisibilityState };
  requestAnimationFrame(callback: () => void): unknown;
  readonly MessageChannel: typeof MessageChannel;
}

/**
 * Settles after the next frame has been painted: a message posted from an animation-frame callback is
 * delivered after that frame. A hidden tab paints nothing (and runs no animation frames), so there it
 * settles at once.
 */
export const afterFirstPaint = (win: PaintWindow): Promise<void> =>
  new Promise((resolve) => {
    if (win.document.visibilityState === 'hidden') {
      resolve();
      return;
    }
    win.requestAnimationFrame(() => {
      const channel = new win.MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  });
