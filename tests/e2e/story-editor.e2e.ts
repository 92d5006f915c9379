// The story editor as a presenter opens it: a new story with a scene captured from the map; axe finds nothing
// serious in the editor.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openAtlas, waitForIdle } from './driver';
import { bypassCsp, runAxe } from './explore-driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const editor = (page: Page) => page.getByRole('complementary', { name: 'Story editor' });
const caption = (page: Page) => editor(page).getByLabel(/^Caption/);

async function addScene(page: Page, text: string): Promise<void> {
  await waitForIdle(page);
  await editor(page).getByRole('button', { name: 'Add scene from the map' }).click();
  await caption(page).fill(text);
}

describe('story editor', () => {
  it('axe finds no serious or critical violation in the editor', async () => {
    const { page } = await openAtlas(browser, '?lang=en', { intercept: bypassCsp });
    await waitForIdle(page);
    await page.getByRole('button', { name: 'Stories' }).click();
    await page.getByRole('dialog', { name: 'Stories' }).getByRole('button', { name: 'New story' }).click();
    await addScene(page, 'Scene for the accessibility check.');
    const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);
    await page.context().close();
  });
});
