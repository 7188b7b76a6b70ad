import { describe, expect, it, vi } from 'vitest';
import { afterLoadAndIdle, type IdleWindow, loadRemainingFaces, type LoadableFace } from './warm-fonts';

const face = (status: FontFaceLoadStatus, result: 'ok' | 'fails' = 'ok'): LoadableFace & { load: ReturnType<typeof vi.fn> } => ({
  status,
  display: 'optional',
  load: vi.fn(() => (result === 'ok' ? Promise.resolve() : Promise.reject(new Error('network')))),
});

describe('loadRemainingFaces', () => {
  it('loads only the faces that nothing has started loading', async () => {
    const faces = [face('loaded'), face('unloaded'), face('loading'), face('error'), face('unloaded')];
    await loadRemainingFaces(faces);
    expect(faces.map((f) => f.load.mock.calls.length)).toEqual([0, 1, 0, 0, 1]);
  });

  it('lets the faces it loads be used whenever they arrive, and leaves the others as they are', async () => {
    const faces = [face('loaded'), face('unloaded'), face('loading')];
    await loadRemainingFaces(faces);
    expect(faces.map((f) => f.display)).toEqual(['optional', 'swap', 'optional']);
  });

  it('settles when a face fails to load', async () => {
    const faces = [face('unloaded', 'fails'), face('unloaded')];
    await expect(loadRemainingFaces(faces)).resolves.toBeUndefined();
    expect(faces[1]!.load).toHaveBeenCalledOnce();
  });
});

/** A window whose `load` event, idle callbacks and timers run when the test says so. */
const fakeWindow = (readyState: DocumentReadyState, { idle = true } = {}) => {
  const onLoad: (() => void)[] = [];
  const idleCallbacks: { callback: () => void; timeout: number }[] = [];
  const timers: (() => void)[] = [];
  const win: IdleWindow = {
    document: { readyState },
    addEventListener: (_type, listener) => onLoad.push(listener),
    ...(idle && {
      requestIdleCallback: (callback: () => void, { timeout }: { timeout: number }) => idleCallbacks.push({ callback, timeout }),
    }),
    setTimeout: (callback) => timers.push(callback),
  };
  return { win, onLoad, idleCallbacks, timers };
};

describe('afterLoadAndIdle', () => {
  it('waits for the load event, then for an idle moment', () => {
    const { win, onLoad, idleCallbacks } = fakeWindow('interactive');
    const task = vi.fn();
    afterLoadAndIdle(win, task);
    expect(idleCallbacks).toHaveLength(0);

    onLoad.forEach((listener) => listener());
    expect(task).not.toHaveBeenCalled();
    expect(idleCallbacks).toHaveLength(1);
    expect(idleCallbacks[0]!.timeout).toBeGreaterThan(0);

    idleCallbacks[0]!.callback();
    expect(task).toHaveBeenCalledOnce();
  });

  it('waits only for an idle moment when the page has already loaded', () => {
    const { win, onLoad, idleCallbacks } = fakeWindow('complete');
    const task = vi.fn();
    afterLoadAndIdle(win, task);
    expect(onLoad).toHaveLength(0);
    idleCallbacks[0]!.callback();
    expect(task).toHaveBeenCalledOnce();
  });

  it('uses the next turn where the browser has no idle callbacks', () => {
    const { win, timers } = fakeWindow('complete', { idle: false });
    const task = vi.fn();
    afterLoadAndIdle(win, task);
    expect(task).not.toHaveBeenCalled();
    timers.forEach((timer) => timer());
    expect(task).toHaveBeenCalledOnce();
  });
});
