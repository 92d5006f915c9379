// The embed view as a school or company page shows it: an <iframe> of the atlas on a page of the same origin
// shows the map, the story's caption, its controls and the attribution, without the app's header and panels; a
// page of another origin is refused by the CSP's frame-ancestors; axe finds nothing serious.
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { launch, openAtlas, ORIGIN, screenshot } from './driver';
import { bypassCsp, runAxe } from './explore-driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const HOST = '/embed-host.html';

/** A host page at `origin` that frames `src`, served by the test (the atlas's own server never sees it). */
function hostPage(origin: string, src: string) {
  return async (page: Page) =>
    page.route(`${origin}${HOST}`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><title>A school page</title><h1>Our lesson</h1>
<iframe src="${src}" title="Corridor Atlas" width="900" height="560" style="border:0"></iframe></html>`,
      }),
    );
}

async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe').elementHandle();
  const frame = await handle!.contentFrame();
  return frame!;
}

const captionOf = (frame: Frame) =>
  frame.evaluate(() => (document.querySelector<HTMLElement>('.story-caption')?.innerText ?? '').trim());

const text = (s: string) => ({ zh: s, en: s, ru: s });

describe('embed', () => {
  it('a built-in story in an iframe of a same-origin page: map, caption, controls and attribution, no header', async () => {
    const src = `${ORIGIN}/?lang=en&story=cku-wuhan-tashkent&scene=1#embed`;
    const { page, consoleErrors } = await openAtlas(browser, HOST.slice(1), { intercept: hostPage(ORIGIN, src) });
    const frame = await embedFrame(page);
    await frame.waitForFunction(() => Boolean(window.__atlas?.map?.loaded()), undefined, { timeout: 60_000 });
    await expect.poll(() => captionOf(frame), { timeout: 30_000 }).toMatch(/\S/);
    const first = await captionOf(frame);
    expect(await frame.locator('.header').count()).toBe(0);
    expect(await frame.locator('.side-panel').count()).toBe(0);
    expect(await frame.locator('.story-editor').count()).toBe(0);
    await expect(frame.locator('.maplibregl-ctrl-attrib-inner').textContent()).resolves.toMatch(/Natural Earth/);
    await expect(frame.locator('.story-progress [aria-hidden="true"]').textContent()).resolves.toBe('1 / 10');
    expect(await frame.getByRole('button', { name: 'Present (F)' }).count()).toBe(0);
    await frame.evaluate(
      () =>
        new Promise<void>((r) => (window.__atlas!.map.isMoving() ? window.__atlas!.map.once('idle', () => r()) : r())),
    );
    await screenshot(page, 'embed-in-iframe');
    const entries = await page.evaluate(() => window.history.length);
    await frame.getByRole('button', { name: 'Next scene' }).click();
    await expect.poll(() => captionOf(frame)).not.toBe(first);
    await expect(frame.locator('.story-progress [aria-hidden="true"]').textContent()).resolves.toBe('2 / 10');
    // A step in the frame is no step of the host page: its Back button still leaves the page.
    expect(await page.evaluate(() => window.history.length)).toBe(entries);
    const open = frame.getByRole('link', { name: /Open in Corridor Atlas/ });
    expect(await open.getAttribute('href')).toMatch(/story=cku-wuhan-tashkent&scene=2$/);
    expect(consoleErrors).toEqual([]);
  });

  it('an author’s story carried in the embed link plays in the frame', async () => {
    const story = {
      id: 'my-embedded',
      title: text('Our own story'),
      summary: text(''),
      scenes: [
        {
          id: 'scene-1',
          camera: { center: [76, 39.5], zoom: 6 },
          caption: text('Kashgar, embedded.'),
          notes: text(''),
          sources: [],
        },
      ],
    };
    const value = deflateRawSync(Buffer.from(JSON.stringify(story))).toString('base64url');
    const src = `${ORIGIN}/?lang=en#embed&story=${value}`;
    const { page } = await openAtlas(browser, HOST.slice(1), { intercept: hostPage(ORIGIN, src) });
    const frame = await embedFrame(page);
    await expect.poll(() => captionOf(frame), { timeout: 60_000 }).toBe('Kashgar, embedded.');
    expect(await frame.locator('.story-editor').count()).toBe(0);
    const centre = await frame.evaluate(() => window.__atlas!.map.getCenter().toArray());
    expect(Math.abs(centre[0]! - 76)).toBeLessThan(3);
  });

  it('a page of another origin may not frame the atlas (frame-ancestors)', async () => {
    const other = ORIGIN.replace('127.0.0.1', 'localhost');
    const src = `${ORIGIN}/?lang=en&map=5/40/70#embed`;
    const context = await browser.newContext();
    const page = await context.newPage();
    await hostPage(other, src)(page);
    await page.goto(`${other}${HOST}`);
    const frame = await embedFrame(page);
    await page.waitForTimeout(3000);
    expect(frame.url()).not.toContain('#embed');
    expect(await frame.locator('.maplibregl-canvas').count()).toBe(0);
    await context.close();
  });

  it('axe finds no serious or critical violation in the embed', async () => {
    const { page } = await openAtlas(browser, '?lang=en&story=cku-wuhan-tashkent&scene=2#embed', {
      intercept: bypassCsp,
      width: 900,
      height: 560,
    });
    await page.locator('.story-caption').waitFor({ timeout: 60_000 });
    const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);
  });
});
