import { describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, type PaintWindow } from './after-first-paint';

const fakeWindow = (visibilityState: DocumentVisibilityState) => {
  const frames: (() => void)[] = [];
  const win: PaintWindow = {
    document: { visibilityState },
    requestAnimationFrame: (callback) => frames.push(callback),
    MessageChannel,
  };
  return { win, frames };
};

const settled = async (promise: Promise<void>) => {
  const seen = vi.fn();
  void promise.then(seen);
  // Long enough for a posted message to be delivered.
  await new Promise((done) => setTimeout(done, 20));
  return seen.mock.calls.length > 0;
};

describe('afterFirstPaint', () => {
  it('waits for an animation frame, and for the message posted from it', async () => {
    const { win, frames } = fakeWindow('visible');
    const painted = afterFirstPaint(win);
    expect(await settled(painted)).toBe(false);
    expect(frames).toHaveLength(1);
    frames[0]!();
    expect(await settled(painted)).toBe(true);
  });

  it('settles at once in a hidden tab, which paints nothing', async () => {
    const { win, frames } = fakeWindow('hidden');
    expect(await settled(afterFirstPaint(win))).toBe(true);
    expect(frames).toHaveLength(0);
  });
});
