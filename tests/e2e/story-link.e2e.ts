// A story carried in its link: made in the editor, its "Copy link" opened in a fresh page plays the first scene
// (caption and camera); a link cut short is refused in words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openAtlas, screenshot, waitForIdle } from './driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const editor = (page: Page) => page.getByRole('complementary', { name: 'Story editor' });
const captionText = (page: Page) =>
  page.evaluate(() => (document.querySelector<HTMLElement>('.story-caption')?.innerText ?? '').trim());

/** Is Tashkent, where the scene was captured, on the map and not under the story card? */
const tashkentBesideCard = (page: Page) =>
  page.evaluate(() => {
    const map = window.__atlas!.map;
    const box = map.getContainer().getBoundingClientRect();
    const at = map.project([69.28, 41.31]);
    const [x, y] = [box.left + at.x, box.top + at.y];
    const card = document.querySelector('.story-card')?.getBoundingClientRect();
    const onMap = x > box.left && x < box.right && y > box.top && y < box.bottom;
    const underCard = !!card && x >= card.left && x <= card.right && y >= card.top && y <= card.bottom;
    return onMap && !underCard;
  });

/** Makes a one-scene story at the camera the page was opened with and returns its "Copy link" address. */
async function linkFromEditor(page: Page, caption: string): Promise<string> {
  await waitForIdle(page);
  await page.getByRole('button', { name: 'Stories' }).click();
  await page.getByRole('dialog', { name: 'Stories' }).getByRole('button', { name: 'New story' }).click();
  await editor(page)
    .getByLabel(/^Title/)
    .fill('Tashkent from a link');
  await editor(page).getByRole('button', { name: 'Add scene from the map' }).click();
  await editor(page)
    .getByLabel(/^Caption/)
    .fill(caption);
  await editor(page).getByRole('button', { name: 'Copy link' }).click();
  const shown = editor(page).locator('.editor-message li');
  await shown.waitFor();
  return (await shown.textContent())!;
}

describe('a story in its link', () => {
  it('the editor’s link, opened in a fresh page, plays the scene with its caption and camera', async () => {
    const author = await openAtlas(browser, '?lang=en&map=6/41.31/69.28');
    const link = await linkFromEditor(author.page, 'Tashkent, seen from a link.');
    await author.page.context().close();
    expect(link).toMatch(/#story=[\w-]+$/);
    console.log(`story link of one scene: ${link.length} characters`);

    const reader = await openAtlas(browser, link.replace(/^https?:\/\/[^/]+\//, ''));
    const { page } = reader;
    await expect.poll(() => captionText(page), { timeout: 30_000 }).toBe('Tashkent, seen from a link.');
    // The scene is framed in the part of the map the story card leaves free: Tashkent is in view, beside the card.
    await waitForIdle(page);
    await expect.poll(() => tashkentBesideCard(page), { timeout: 15_000 }).toBe(true);
    expect(await page.evaluate(() => window.__atlas!.map.getZoom())).toBeCloseTo(6, 0);
    await expect(page.locator('.story-title').textContent()).resolves.toBe('Tashkent from a link');
    await waitForIdle(page);
    await screenshot(page, 'story-from-link');
    expect(reader.consoleErrors).toEqual([]);
  });

  it('a link cut short is refused in words and the atlas opens as usual', async () => {
    const author = await openAtlas(browser, '?lang=en&map=6/41.31/69.28');
    const link = await linkFromEditor(author.page, 'A caption that will be cut.');
    await author.page.context().close();
    const cut = link.slice(0, link.length - 20);
    const { page } = await openAtlas(browser, cut.replace(/^https?:\/\/[^/]+\//, ''));
    await expect
      .poll(() => page.locator('.notices').textContent(), { timeout: 30_000 })
      .toContain('The story could not be opened');
    expect(await page.locator('.story-card').count()).toBe(0);
  });
});
