// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { progressThrough, ReadingProgress } from './reading-progress';

describe('progressThrough', () => {
  const viewport = 800;
  it.each([
    ['article below the top of the window', { top: 200, height: 3000 }, 0],
    ['article top at the top of the window', { top: 0, height: 3000 }, 0],
    ['halfway', { top: -1100, height: 3000 }, 0.5],
    ['end of the article at the bottom of the window', { top: -2200, height: 3000 }, 1],
    ['past the article', { top: -2900, height: 3000 }, 1],
    ['short article fully in view', { top: 100, height: 500 }, 1],
    ['short article half in view', { top: 550, height: 500 }, 0.5],
    ['short article not yet in view', { top: 900, height: 500 }, 0],
    ['empty element', { top: 0, height: 0 }, 0],
  ])('%s', (_name, rect, expected) => {
    expect(progressThrough(rect, viewport)).toBeCloseTo(expected, 5);
  });
});

describe('ReadingProgress', () => {
  let frames: FrameRequestCallback[] = [];
  beforeEach(() => {
    frames = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => undefined);
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });
  const runFrames = () => {
    const pending = frames;
    frames = [];
    for (const callback of pending) callback(0);
  };

  it('is hidden from assistive technology and has no inline style in the server markup', () => {
    const html = renderToString(<ReadingProgress />);
    expect(html).toBe('<div class="reading-progress" aria-hidden="true"><div class="reading-progress-bar"></div></div>');
  });

  it('draws the progress through the article once a frame, through the CSSOM', () => {
    let top = 100;
    const { container } = render(
      <main>
        <ReadingProgress />
        <article>text</article>
      </main>,
    );
    const article = container.querySelector('article')!;
    vi.spyOn(article, 'getBoundingClientRect').mockImplementation(() => ({ top, height: 2000 + window.innerHeight }) as DOMRect);
    const bar = container.querySelector<HTMLElement>('.reading-progress-bar')!;

    runFrames();
    expect(bar.style.transform).toBe('scaleX(0)');

    top = -500;
    window.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new Event('scroll'));
    expect(frames).toHaveLength(1);
    act(runFrames);
    expect(bar.style.transform).toBe('scaleX(0.25)');

    top = -2000;
    window.dispatchEvent(new Event('resize'));
    runFrames();
    expect(bar.style.transform).toBe('scaleX(1)');
  });

  it('stops listening when it leaves the page', () => {
    const { unmount } = render(<ReadingProgress />);
    runFrames();
    unmount();
    window.dispatchEvent(new Event('scroll'));
    expect(frames).toHaveLength(0);
  });
});
