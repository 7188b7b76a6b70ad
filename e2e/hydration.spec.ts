// Hydration keeps the prerendered page: every kind of page, in every language, is taken over by the app
// without its main content being removed, replaced or hidden, not even for a frame (which a reader sees
// as the page vanishing and coming back, and which moves everything below it). Each page is watched where
// it is loaded for all its checks (every-page.spec.ts, with the `prerendered` fixture); this spec shows
// that the watch sees such a loss when there is one.
import { expect, SEED_ID as ARTICLE, test } from './fixtures';

test('the watch sees content that goes, even for a moment', async ({ page, prerendered }) => {
  await prerendered.watch();
  await page.goto(`/en/articles/${ARTICLE}`);
  expect(await prerendered.lost()).toEqual([]);
  await page.evaluate(() => {
    const heading = document.querySelector('main h1')!;
    const parent = heading.parentNode!;
    const next = heading.nextSibling;
    // Taken out and put back in the same task: no frame shows the gap, yet the node was replaced.
    heading.remove();
    parent.insertBefore(heading, next);
    document.querySelector<HTMLElement>('main p')!.style.display = 'none';
  });
  await expect.poll(() => prerendered.lost()).toEqual([expect.stringMatching(/^removed: <h1>/), expect.stringMatching(/^hidden: <p>/)]);
});
