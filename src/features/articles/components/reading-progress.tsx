import { useEffect, useRef } from 'react';
import './reading-progress.css';

const clamp = (value: number): number => Math.min(1, Math.max(0, value));

/**
 * How far the reader is through an element, 0–1: 0 until its top reaches the top of the window, 1 once its
 * end is in view. An element shorter than the window counts by how much of it has come into view.
 */
export const progressThrough = (rect: Pick<DOMRect, 'top' | 'height'>, viewportHeight: number): number => {
  const scrollable = rect.height - viewportHeight;
  if (scrollable <= 0) return rect.height <= 0 ? 0 : clamp((viewportHeight - rect.top) / rect.height);
  return clamp(-rect.top / scrollable);
};

interface Props {
  /** The element whose reading the bar follows. */
  selector?: string;
}

/**
 * A thin bar fixed at the top of the window that fills as the reader goes through the article. Hidden
 * from assistive technology, which has its own sense of position. The server markup carries no style:
 * the bar is drawn after hydration by setting `transform` through the CSSOM, at most once a frame, with
 * no React state per scroll.
 */
export function ReadingProgress({ selector = 'main article' }: Props) {
  const barRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const bar = barRef.current;
    if (!bar) return;
    let frame = 0;
    let drawn = '';
    const draw = () => {
      frame = 0;
      // Looked up each time: the article element may be replaced when the page changes.
      const target = document.querySelector(selector);
      const progress = target ? progressThrough(target.getBoundingClientRect(), window.innerHeight) : 0;
      const transform = `scaleX(${Math.round(progress * 1000) / 1000})`;
      if (transform !== drawn) bar.style.transform = drawn = transform;
    };
    const schedule = () => {
      if (frame === 0) frame = window.requestAnimationFrame(draw);
    };
    schedule();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    // Text size, line width, fonts and images change the article's height without a scroll.
    const resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : undefined;
    resizes?.observe(document.body);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      resizes?.disconnect();
      if (frame !== 0) window.cancelAnimationFrame(frame);
    };
  }, [selector]);

  return (
    <div className="reading-progress" aria-hidden="true">
      <div className="reading-progress-bar" ref={barRef} />
    </div>
  );
}
