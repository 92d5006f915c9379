// Showing a story: autoplay advances by itself and loops, the legend on stage keys the scene's corridors, and the
// presenter's second window follows the audience's window and steps it, with the arrow keys in either.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openAtlas, ORIGIN, screenshot, waitForIdle } from './driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const progress = (page: Page) => page.locator('.story-progress [aria-hidden="true"]').textContent();

describe('showing a story', () => {
  it('autoplay from the link advances to the next scene and loops from the last to the first', async () => {
    const { page } = await openAtlas(browser, '?lang=en&story=cku-wuhan-tashkent&scene=9#autoplay', {
      reducedMotion: 'reduce',
    });
    await expect.poll(() => progress(page), { timeout: 60_000 }).toBe('9 / 10');
    await expect(page.getByRole('button', { name: 'Autoplay' }).getAttribute('aria-pressed')).resolves.toBe('true');
    // No key, no click: the default duration is 12 s a scene.
    await expect.poll(() => progress(page), { timeout: 20_000 }).toBe('10 / 10');
    await expect.poll(() => progress(page), { timeout: 20_000 }).toBe('1 / 10');
    // Turned off, it stays.
    await page.getByRole('button', { name: 'Autoplay' }).click();
    await page.waitForTimeout(14_000);
    expect(await progress(page)).toBe('1 / 10');
  });

  it('the legend on stage names the scene’s corridors with the map’s colours', async () => {
    const { page } = await openAtlas(browser, '?lang=en&story=middle-corridor&scene=1');
    await page.locator('.story-caption').waitFor({ timeout: 60_000 });
    const legend = page.getByRole('group', { name: 'On the map' });
    await legend.waitFor();
    const entries = await legend.locator('li').allTextContents();
    expect(entries.length).toBeGreaterThan(0);
    const strokes = await legend.locator('svg line').evaluateAll((ls) => ls.map((l) => l.getAttribute('stroke')));
    expect(new Set(strokes).size).toBe(strokes.length);
    await waitForIdle(page);
    await screenshot(page, 'story-stage-legend');
  });

  it('the presenter window follows the audience window, and steps it, with the arrow keys in either', async () => {
    const { page: audience } = await openAtlas(browser, '?lang=en&story=cku-wuhan-tashkent&scene=1', {
      reducedMotion: 'reduce',
    });
    await expect.poll(() => progress(audience), { timeout: 60_000 }).toBe('1 / 10');
    const presenter = await audience.context().newPage();
    await presenter.setViewportSize({ width: 960, height: 680 });
    await presenter.goto(`${ORIGIN}/?lang=en#presenter`);
    const where = () => presenter.locator('.presenter-progress').textContent();
    await expect.poll(where, { timeout: 20_000 }).toBe('Scene 1 of 10');

    await audience.bringToFront();
    await audience.keyboard.press('ArrowRight');
    await expect.poll(where).toBe('Scene 2 of 10');
    const notes = await presenter.locator('.presenter-notes').innerText();
    expect(notes.length).toBeGreaterThan(30);

    await presenter.bringToFront();
    await presenter.keyboard.press('ArrowRight');
    await expect.poll(() => progress(audience)).toBe('3 / 10');
    await expect.poll(where).toBe('Scene 3 of 10');
    await presenter.getByRole('button', { name: 'Previous scene' }).click();
    await expect.poll(() => progress(audience)).toBe('2 / 10');
    await expect(presenter.locator('.presenter-clock time').textContent()).resolves.toMatch(/^\d\d:\d\d:\d\d$/);
    await screenshot(presenter, 'presenter-window');
  });
});
