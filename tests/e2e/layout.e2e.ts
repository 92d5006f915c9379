// The app is one screen: the header and the map stay put whatever a reader does in the panel, on a desk screen and
// on a phone, with the mouse wheel, the keyboard and a finger.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openAtlas, screenshot, waitForIdle } from './driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** How far the document has scrolled, and whether the header's top is still at the window's top. */
function pageState(page: Page) {
  return page.evaluate(() => ({
    scrollTop: document.scrollingElement!.scrollTop,
    headerTop: document.querySelector('.header')!.getBoundingClientRect().top,
    mapTop: document.querySelector('.map')!.getBoundingClientRect().top,
    documentHeight: document.scrollingElement!.scrollHeight,
  }));
}

/** Swipes up with one finger over a point (a touch drag through the DevTools protocol, as a phone sends it). */
async function swipeUp(page: Page, x: number, y: number, distance: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', at: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x, y: at, id: 1 }],
    });
  await touch('touchStart', y);
  for (let step = 1; step <= 10; step++) await touch('touchMove', y - (distance * step) / 10);
  await touch('touchEnd', y - distance);
  await cdp.detach();
}

describe('the page never scrolls away', { timeout: 180_000 }, () => {
  for (const size of SIZES) {
    for (const [what, query] of [
      ['Khorgos details', '?lang=en&sel=khorgos'],
      ['a route', '?lang=en&view=route&from=xian&to=duisburg&avoid=RUS'],
    ] as const) {
      it(`keeps the header and map in place with ${what} open at ${size.width}×${size.height}`, async () => {
        const atlas = await openAtlas(browser, query, { width: size.width, height: size.height });
        const { page } = atlas;
        await waitForIdle(page);
        await page.locator('#panel-view').waitFor();
        const before = await pageState(page);
        expect(before.scrollTop).toBe(0);
        expect(before.documentHeight).toBe(size.height);

        // The wheel over the panel, well past its end.
        const panel = (await page.locator('#panel-view').boundingBox())!;
        const inPanel = { x: panel.x + panel.width / 2, y: panel.y + Math.min(panel.height / 2, 120) };
        await page.mouse.move(inPanel.x, inPanel.y);
        for (let i = 0; i < 15; i++) await page.mouse.wheel(0, 600);
        await page.waitForTimeout(300);
        const panelScrolled = await page.evaluate(
          () => document.getElementById('panel-view')!.scrollTop + document.getElementById('panel-body')!.scrollTop,
        );
        expect(panelScrolled).toBeGreaterThan(0);
        expect(await pageState(page)).toEqual(before);

        // End and Page Down with the focus in the panel, then on the page itself.
        await page.locator('#panel-view button, #panel-view a, #panel-view input').first().focus();
        await page.keyboard.press('End');
        await page.keyboard.press('PageDown');
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await page.keyboard.press('End');
        await page.keyboard.press('Space');
        await page.waitForTimeout(300);
        expect(await pageState(page)).toEqual(before);

        // A finger dragging the panel up, past its end.
        await swipeUp(page, inPanel.x, inPanel.y + 200, 400);
        await swipeUp(page, inPanel.x, inPanel.y + 200, 400);
        await page.waitForTimeout(300);
        expect(await pageState(page)).toEqual(before);
        await expect(page.locator('.header h1').isVisible()).resolves.toBe(true);
        await screenshot(page, `layout-no-scroll-${what === 'a route' ? 'route' : 'khorgos'}-${size.name}`);
        expect(atlas.consoleErrors).toEqual([]);
        await page.context().close();
      });
    }
  }
});

const nodes = JSON.parse(readFileSync('geo/nodes.geojson', 'utf8')) as {
  features: { properties: { id: string }; geometry: { coordinates: [number, number] } }[];
};
const at = (id: string) => nodes.features.find((f) => f.properties.id === id)!.geometry.coordinates;

/** Where a place is drawn, in page pixels, and the map's box on the page. */
function drawnAt(page: Page, lngLat: [number, number]) {
  return page.evaluate((ll) => {
    const map = window.__atlas!.map;
    const box = map.getContainer().getBoundingClientRect();
    const p = map.project(ll);
    return {
      x: box.left + p.x,
      y: box.top + p.y,
      map: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
    };
  }, lngLat);
}

const waitForRest = (page: Page) =>
  page.waitForFunction(() => window.__atlas?.map && !window.__atlas.map.isMoving(), undefined, { timeout: 15_000 });

describe('phones frame what matters (390×844)', { timeout: 180_000 }, () => {
  it('shows a selected place in the map above the sheet, and "Show on map" brings it close', async () => {
    const atlas = await openAtlas(browser, '?lang=zh&sel=khorgos', { width: 390, height: 844 });
    const { page } = atlas;
    await waitForIdle(page);
    const sheet = (await page.locator('.side-panel').boundingBox())!;
    let khorgos = await drawnAt(page, at('khorgos'));
    // The map ends where the sheet begins; the place is inside what is left.
    expect(khorgos.map.bottom).toBeLessThanOrEqual(sheet.y + 1);
    expect(khorgos.y).toBeGreaterThan(khorgos.map.top);
    expect(khorgos.y).toBeLessThan(khorgos.map.bottom);
    await screenshot(page, 'layout-phone-khorgos-zh');

    await page.getByRole('button', { name: '在地图上显示' }).click();
    await page.waitForFunction(() => window.__atlas!.map.getZoom() > 5, undefined, { timeout: 15_000 });
    await waitForRest(page);
    khorgos = await drawnAt(page, at('khorgos'));
    const middle = (khorgos.map.top + khorgos.map.bottom) / 2;
    expect(Math.abs(khorgos.y - middle)).toBeLessThan(40);
    expect(Math.abs(khorgos.x - 195)).toBeLessThan(40);
    await waitForIdle(page);
    await screenshot(page, 'layout-phone-khorgos-shown');
    expect(atlas.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('frames a planned route whole, with room for the names at its ends', async () => {
    const atlas = await openAtlas(browser, '?lang=en&view=route&from=xian&to=duisburg', { width: 390, height: 844 });
    const { page } = atlas;
    await page.locator('#route-answer-title').waitFor();
    await page.waitForFunction(() => window.__atlas?.map.getLayer('route-legs') !== undefined, undefined, {
      timeout: 15_000,
    });
    await waitForRest(page);
    await waitForIdle(page);
    for (const id of ['xian', 'duisburg']) {
      const end = await drawnAt(page, at(id));
      expect(end.x, id).toBeGreaterThan(end.map.left + 60);
      expect(end.x, id).toBeLessThan(end.map.right - 60);
      expect(end.y, id).toBeGreaterThan(end.map.top + 20);
      expect(end.y, id).toBeLessThan(end.map.bottom - 20);
    }
    await screenshot(page, 'layout-phone-route');
    expect(atlas.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('sets the sheet to half, full or tabs only by dragging its handle or with the arrow keys', async () => {
    const atlas = await openAtlas(browser, '?lang=en&sel=khorgos', { width: 390, height: 844 });
    const { page } = atlas;
    await waitForIdle(page);
    const handle = page.getByRole('separator', { name: 'Panel height' });
    const heights = async () => ({
      sheet: (await page.locator('.side-panel').boundingBox())!.height,
      map: (await page.locator('.map').boundingBox())!.height,
    });
    const half = await heights();
    // Half: the map and the details are seen together.
    expect(half.map).toBeGreaterThan(300);
    expect(half.sheet).toBeGreaterThan(300);
    await expect(handle.getAttribute('aria-valuetext')).resolves.toBe('half');

    await handle.focus();
    await page.keyboard.press('ArrowUp');
    await expect(handle.getAttribute('aria-valuetext')).resolves.toBe('full');
    const full = await heights();
    expect(full.sheet).toBeGreaterThan(half.sheet + 200);
    await page.keyboard.press('Home');
    await expect(handle.getAttribute('aria-valuetext')).resolves.toBe('tabs only');
    const peek = await heights();
    expect(peek.sheet).toBeLessThan(half.sheet - 150);
    await expect(page.locator('#panel-tab-list').isVisible()).resolves.toBe(true);

    // A drag from the handle up to the middle of the screen lets go at half.
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, 480, { steps: 8 });
    await page.mouse.up();
    await expect(handle.getAttribute('aria-valuetext')).resolves.toBe('half');
    await waitForIdle(page);
    await screenshot(page, 'layout-phone-sheet-half');
    expect(atlas.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('lists every record with its status in sight, nothing to swipe to', async () => {
    const atlas = await openAtlas(browser, '?lang=ru&view=list', { width: 390, height: 844 });
    const { page } = atlas;
    await page.locator('.list-table tbody tr').first().waitFor();
    const status = (await page.getByRole('columnheader', { name: /Статус/ }).boundingBox())!;
    expect(status.x + status.width).toBeLessThanOrEqual(390);
    const fits = await page.evaluate(() => {
      const s = document.querySelector('.list-scroll')!;
      return s.scrollWidth <= s.clientWidth;
    });
    expect(fits).toBe(true);
    await waitForIdle(page);
    await screenshot(page, 'layout-phone-list-ru');
    expect(atlas.consoleErrors).toEqual([]);
    await page.context().close();
  });
});

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('small things a person sees', { timeout: 180_000 }, () => {
  for (const size of SIZES) {
    it(`keeps the credits, the scale, a notice and the zoom buttons apart, in Russian, at ${size.width}×${size.height}`, async () => {
      const atlas = await openAtlas(browser, '?lang=ru&view=list&map=zzz', { width: size.width, height: size.height });
      const { page } = atlas;
      await page.locator('.notice').first().waitFor();
      await waitForIdle(page);
      const credits = (await page.locator('.maplibregl-ctrl-attrib').boundingBox())!;
      const scale = (await page.locator('.maplibregl-ctrl-scale').boundingBox())!;
      const zoomIn = (await page.locator('.maplibregl-ctrl-zoom-in').boundingBox())!;
      const notice = (await page.locator('.notice').first().boundingBox())!;
      expect(overlaps(credits, scale)).toBe(false);
      expect(overlaps(notice, zoomIn)).toBe(false);
      // The credits in the UI language; the tabs and "Экспорт" on one row.
      await expect(page.locator('.maplibregl-ctrl-attrib').innerText()).resolves.toContain('Морские пути');
      const tab = (await page.locator('#panel-tab-route').boundingBox())!;
      const exportButton = (await page.getByRole('button', { name: /Экспорт/ }).boundingBox())!;
      expect(Math.abs(exportButton.y + exportButton.height / 2 - (tab.y + tab.height / 2))).toBeLessThan(8);
      await screenshot(page, `layout-small-things-ru-${size.name}`);
      expect(atlas.consoleErrors).toEqual([]);
      await page.context().close();
    });
  }

  it('shows partners in Chinese, one name per search hit, and no rail corridor for a gas pipeline', async () => {
    const atlas = await openAtlas(browser, '?lang=zh&sel=central-asia-china-gas-pipeline');
    const { page } = atlas;
    await page.locator('#details-title').waitFor();
    // The details' facts arrive with the lazily loaded details file, after the title: wait for the partner by name.
    await page.locator('article.details', { hasText: '中国石油天然气集团' }).waitFor();
    expect(await page.locator('article.details').innerText()).not.toContain('CNPC,');
    await page.locator('.maplibregl-ctrl-attrib', { hasText: '海上航线' }).waitFor();

    const box = page.locator('input[role="combobox"]').first();
    await box.fill('中吉乌铁路');
    await page.locator('[role="listbox"] [role="option"]').nth(1).waitFor();
    const names = await page.locator('[role="listbox"] [role="option"] .search-name').allTextContents();
    expect(new Set(names).size).toBe(names.length);
    await box.press('Escape');

    await page.locator('#panel-tab-list').click();
    const row = page.locator('.list-table tbody tr[data-id="central-asia-china-gas-pipeline"]');
    await row.waitFor();
    await expect(row.locator('.corridor-chip').count()).resolves.toBe(0);
    await waitForIdle(page);
    await screenshot(page, 'layout-small-things-zh-desktop');
    expect(atlas.consoleErrors).toEqual([]);
    await page.context().close();
  });
});
