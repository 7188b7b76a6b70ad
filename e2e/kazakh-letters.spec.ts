// The page uses system fonts only. Every Kazakh letter must still be drawn by a face that has it: the face
// that draws the text around it (not a fallback the browser found for that letter alone), and as a real
// glyph (not the box a face draws for a letter it lacks).
import { expect, test } from '@playwright/test';

const LETTERS = [...'ӘәҒғҚқҢңӨөҰұҮүҺһІі'];
/** Unassigned in Unicode: no face has it, so it is drawn as the missing-glyph box. */
const MISSING = '\u0378';

test('every Kazakh letter is drawn by the face of the text around it, in the article and in the interface', async ({ page }) => {
  await page.goto('/kk/articles/2023-04-27-assembly-32nd-session');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const facesOf = async (selector: string) => {
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    return (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts.map((font) => font.familyName);
  };

  for (const [role, selector] of [
    ['article', 'main article p'],
    ['interface', 'header nav a'],
  ] as const) {
    const stack = await page
      .locator(selector)
      .first()
      .evaluate((element) => getComputedStyle(element).fontFamily);
    const [face, ...others] = await facesOf(selector);
    expect(others, `${role}: one face draws ${selector}`).toEqual([]);
    for (const letter of LETTERS) {
      // The letter between plain Cyrillic ones, in the element's font stack.
      const id = await page.evaluate(
        ({ letter, stack, role }) => {
          const probe = document.createElement('span');
          probe.id = `probe-${role}-${letter.codePointAt(0)}`;
          probe.style.fontFamily = stack;
          probe.textContent = `а${letter}б`;
          document.body.append(probe);
          return probe.id;
        },
        { letter, stack, role },
      );
      expect(await facesOf(`#${id}`), `${role} ${letter}, in ${stack}`).toEqual([face]);
      // Drawn as a glyph of its own, not as the box the same face draws for a letter it does not have.
      const differs = await page.evaluate(
        ({ letter, stack, missing }) => {
          const draw = (text: string) => {
            const canvas = document.createElement('canvas');
            canvas.width = canvas.height = 64;
            const context = canvas.getContext('2d')!;
            context.font = `48px ${stack}`;
            context.fillText(text, 4, 52);
            return context.getImageData(0, 0, 64, 64).data.join();
          };
          return draw(letter) !== draw(missing);
        },
        { letter, stack, missing: MISSING },
      );
      expect(differs, `${role} ${letter} is drawn as the missing-glyph box of ${face}`).toBe(true);
    }
  }
});
