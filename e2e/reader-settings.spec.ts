// The reading settings survive a reload and are in force before the first paint: a script inlined at the
// top of <head> applies them (the strict CSP allows it by its hash), so the page never shows the wrong
// theme or size first. With nothing chosen, the page follows the system's light or dark mode.
import type { Page } from '@playwright/test';
import { expect, LANGS, SEED_ID, test, UI, waitForHydration } from './fixtures';
const { kk } = UI;

const ui = UI;
const ATTRIBUTES = ['data-theme', 'data-text-size', 'data-measure'] as const;
type Attribute = (typeof ATTRIBUTES)[number];

/** The page's background in each palette (styles.css), as the browser computes it. */
const PALETTE = {
  light: { bg: 'rgb(253, 252, 249)', background: 'rgb(253, 252, 249)' },
  dark: { bg: 'rgb(22, 24, 28)', background: 'rgb(22, 24, 28)' },
} as const;

interface Snapshot {
  attributes: Record<Attribute, string | null>;
  /** The background of <html>: what the first frame paints with, body or not. */
  bg: string;
  /** The body's computed background, once there is a body. */
  background: string | null;
  fontSize: string;
}

interface Change {
  attribute: Attribute;
  /** The value before this change; the value after is the next change's old value, or the current one. */
  oldValue: string | null;
  /** performance.now() when the observer heard of it (a microtask after the change). */
  at: number;
}

interface PaintLog {
  changes: Change[];
  atDomContentLoaded: Snapshot | null;
  atFirstFrame: Snapshot | null;
  loadedAt: number | null;
}

declare global {
  interface Window {
    __paintLog?: PaintLog;
  }
}

/**
 * Before any of the page's own scripts: a MutationObserver on <html>'s setting attributes, and what the
 * page looks like at DOMContentLoaded and in the first animation frame.
 */
const recordFromTheStart = (page: Page) =>
  page.addInitScript((attributes: readonly string[]) => {
    const log: PaintLog = { changes: [], atDomContentLoaded: null, atFirstFrame: null, loadedAt: null };
    window.__paintLog = log;
    // Init scripts run before the parser has made <html>: the observer watches the whole document.
    const snapshot = (root = document.documentElement): Snapshot => ({
      attributes: Object.fromEntries(attributes.map((name) => [name, root.getAttribute(name)])) as Snapshot['attributes'],
      bg: getComputedStyle(root).backgroundColor,
      background: document.body ? getComputedStyle(document.body).backgroundColor : null,
      fontSize: getComputedStyle(root).fontSize,
    });
    new MutationObserver((records) => {
      for (const record of records)
        if (record.target === document.documentElement)
          log.changes.push({ attribute: record.attributeName as Attribute, oldValue: record.oldValue, at: performance.now() });
    }).observe(document, { subtree: true, attributes: true, attributeOldValue: true, attributeFilter: [...attributes] });
    document.addEventListener('DOMContentLoaded', () => (log.atDomContentLoaded = snapshot()));
    requestAnimationFrame(() => (log.atFirstFrame = snapshot()));
    window.addEventListener('load', () => (log.loadedAt = performance.now()));
  }, ATTRIBUTES);

/** Every value each attribute had, in order, from the first one observed to the current one. */
const historyOf = async (page: Page) =>
  page.evaluate((attributes) => {
    const log = window.__paintLog!;
    return Object.fromEntries(
      attributes.map((name) => {
        const changes = log.changes.filter((change) => change.attribute === name);
        return [name, [...changes.map((change) => change.oldValue), document.documentElement.getAttribute(name)]];
      }),
    ) as Record<Attribute, (string | null)[]>;
  }, ATTRIBUTES);

const paintLog = (page: Page) => page.evaluate(() => window.__paintLog!);
const firstPaint = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType('paint').find((entry) => entry.name === 'first-paint')?.startTime ?? null);
/** Two animation frames: whatever the page would still change after hydrating has had its chance. */
const settle = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

for (const lang of LANGS) {
  test(`a theme and text size chosen in ${lang} are in force before the first paint after a reload`, async ({ page }) => {
    const t = ui[lang].settings;
    // The system says light: the dark page after the reload can only come from the stored choice.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`/${lang}/articles/${SEED_ID}`);
    await waitForHydration(page);
    await page.getByRole('button', { name: t.button }).click();
    await page.getByRole('radio', { name: t.theme.dark, exact: true }).check();
    await page.getByRole('radio', { name: t.textSize.xl, exact: true }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    await recordFromTheStart(page);
    await page.reload();
    await waitForHydration(page);
    await settle(page);

    // Each attribute was set once, from nothing straight to the reader's choice, before anything was painted.
    expect(await historyOf(page)).toEqual({
      'data-theme': [null, 'dark'],
      'data-text-size': [null, 'xl'],
      'data-measure': [null, 'normal'],
    });
    const log = await paintLog(page);
    const painted = await firstPaint(page);
    expect(painted).not.toBeNull();
    for (const change of log.changes) expect(change.at).toBeLessThan(painted!);

    const chosen: Snapshot = {
      attributes: { 'data-theme': 'dark', 'data-text-size': 'xl', 'data-measure': 'normal' },
      bg: PALETTE.dark.bg,
      background: PALETTE.dark.background,
      // 140 % of the browser's 16 px (theme.css).
      fontSize: '22.4px',
    };
    // The settings script runs before the parser goes on, so before any frame.
    // The first frame may come before the body is parsed; what it paints with is already the choice.
    const { background, ...firstFrame } = log.atFirstFrame!;
    expect(firstFrame).toEqual({ ...chosen, background: undefined });
    if (background !== null) expect(background).toBe(chosen.background);
    expect(log.loadedAt).not.toBeNull();

    // The panel shows the stored choice after the reload, and a later change is seen by the recorder.
    await page.getByRole('button', { name: t.button }).click();
    await expect(page.getByRole('radio', { name: t.theme.dark, exact: true })).toBeChecked();
    await expect(page.getByRole('radio', { name: t.textSize.xl, exact: true })).toBeChecked();
    await page.getByRole('radio', { name: t.textSize.s, exact: true }).check();
    await expect.poll(async () => (await historyOf(page))['data-text-size']).toEqual([null, 'xl', 's']);
  });
}

for (const scheme of ['dark', 'light'] as const) {
  test(`with nothing chosen, the page follows the system’s ${scheme} mode from the first frame`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await recordFromTheStart(page);
    await page.goto(`/kk/articles/${SEED_ID}`);
    await waitForHydration(page);
    await settle(page);

    // No theme attribute at all: the media query decides.
    expect(await historyOf(page)).toEqual({
      'data-theme': [null],
      'data-text-size': [null, 'm'],
      'data-measure': [null, 'normal'],
    });
    const log = await paintLog(page);
    const painted = await firstPaint(page);
    expect(painted).not.toBeNull();
    for (const change of log.changes) expect(change.at).toBeLessThan(painted!);
    expect(log.atFirstFrame?.bg).toBe(PALETTE[scheme].bg);
    expect(log.atDomContentLoaded?.background).toBe(PALETTE[scheme].background);
    await expect(page.locator('body')).toHaveCSS('background-color', PALETTE[scheme].background);

    // The system changes its mind, and so does the page, without a reload.
    const other = scheme === 'dark' ? 'light' : 'dark';
    await page.emulateMedia({ colorScheme: other });
    await expect(page.locator('body')).toHaveCSS('background-color', PALETTE[other].background);
    await page.getByRole('button', { name: kk.settings.button }).click();
    await expect(page.getByRole('radio', { name: kk.settings.theme.system, exact: true })).toBeChecked();
  });
}
