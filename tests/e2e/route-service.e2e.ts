// The kind of train in a real Chromium against the production build: the answer says which service class its times
// assume, choosing another changes the days and the link, and the words follow the language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openAtlas, screenshot } from './driver';
import { waitForParam } from './explore-driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const note = (page: Page) => page.locator('.route-service-note').innerText();
/** The best route's typical days, as the summary line gives them. */
const days = async (page: Page) => {
  const text = await page.locator('.route-summary').innerText();
  return Number(/(\d+(?:\.\d+)?) days typical/.exec(text)?.[1]);
};

describe('kind of train', () => {
  it('says the answer assumes a scheduled block train, and an express train is faster, in the link too', async () => {
    const atlas = await openAtlas(browser, '?lang=en&view=route&from=xian&to=tashkent&allow=rail');
    const { page } = atlas;
    await page.locator('#route-answer-title').waitFor();
    await expect(note(page)).resolves.toBe('Times assume: scheduled block train.');
    const block = await days(page);
    expect(block).toBeGreaterThan(0);

    await page.locator('.route-options-box > summary').click();
    await page.getByRole('combobox', { name: 'Kind of train' }).selectOption('express');
    await waitForParam(page, 'service', 'express');
    await expect.poll(() => note(page)).toBe('Times assume: express block train.');
    expect(await days(page)).toBeLessThan(block);
    await page.locator('.route-service').scrollIntoViewIfNeeded();
    await screenshot(page, 'route-service-express-desktop');

    await page.getByRole('combobox', { name: 'Kind of train' }).selectOption('regular');
    await waitForParam(page, 'service', 'regular');
    await expect.poll(() => days(page)).toBeGreaterThan(block);
    expect(atlas.consoleErrors).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('reads the class from a link and names it in Chinese and Russian', async () => {
    for (const [lang, words] of [
      ['zh', '时间按特快班列计算。'],
      ['ru', 'Сроки рассчитаны для: ускоренный контейнерный поезд.'],
    ] as const) {
      const atlas = await openAtlas(browser, `?lang=${lang}&view=route&from=xian&to=tashkent&service=express`);
      await atlas.page.locator('#route-answer-title').waitFor();
      await expect(note(atlas.page)).resolves.toBe(words);
      await atlas.page.context().close();
    }
  }, 120_000);
});
