// The foundation as a reader meets it: the map draws, offline, in their language, at desk and phone sizes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { theme } from '../../src/layers/theme';
import { canvasStats, colourAt, colourDistance, hexToRgb, openAtlas, screenshot, waitForIdle } from './driver';

let browser: Browser;
beforeAll(async () => {
  browser = await (await import('./driver')).launch();
});
afterAll(async () => browser?.close());

describe('first view at 1280×800', () => {
  it('reaches idle with a drawn map, no console error and no request off the origin', async () => {
    const atlas = await openAtlas(browser, '?lang=en');
    await waitForIdle(atlas.page);
    const stats = await canvasStats(atlas.page);
    await screenshot(atlas.page, 'desktop-en');
    expect(stats.distinctColours).toBeGreaterThan(40);
    expect(stats.stdLuma).toBeGreaterThan(4);
    expect(atlas.consoleErrors).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
  });

  it('draws the Caspian Sea as water and the Kazakh steppe as land', async () => {
    const atlas = await openAtlas(browser, '?lang=en&map=5/42/50.5');
    await waitForIdle(atlas.page);
    const water = hexToRgb(theme.water);
    const caspian = await colourAt(atlas.page, [50.5, 42.0]);
    const steppe = await colourAt(atlas.page, [56.0, 46.5]);
    expect(colourDistance(caspian, water)).toBeLessThan(12);
    expect(colourDistance(steppe, water)).toBeGreaterThan(20);
  });
});

describe('language', () => {
  it('switches labels and interface to Chinese and keeps the choice in the URL', async () => {
    const atlas = await openAtlas(browser, '?lang=en');
    const { page } = atlas;
    await waitForIdle(page);
    const before = await page.screenshot();
    await page.getByLabel('Language').selectOption('zh');
    // The page turns Chinese once the Chinese strings have arrived (they load when first chosen).
    await page.locator('html[lang="zh-Hans"]').waitFor({ state: 'attached' });
    await waitForIdle(page);
    await screenshot(page, 'desktop-zh');
    const after = await page.screenshot();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('zh');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('走廊地图');
    // MapLibre's own buttons, scale and canvas speak the UI language too.
    await expect(page.getByRole('button', { name: '放大' }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Zoom in' }).count()).resolves.toBe(0);
    await expect(page.locator('.maplibregl-ctrl-scale').textContent()).resolves.toMatch(/公里|米/);
    await expect(page.locator('canvas.maplibregl-canvas').getAttribute('aria-label')).resolves.toBe(
      '地图画布：拖动平移，滚轮缩放',
    );
    const fields = await page.evaluate(() => {
      const map = window.__atlas!.map;
      return map
        .getStyle()
        .layers.filter((l) => l.type === 'symbol')
        .map((l) => JSON.stringify(map.getLayoutProperty(l.id, 'text-field')))
        .filter((f) => !f.includes('point_count')); // a cluster's label is its count, in every language
    });
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.every((f) => f.includes('name_zh'))).toBe(true);
    const labels = await page.evaluate(
      () =>
        window.__atlas!.map.queryRenderedFeatures().filter((f) => f.layer.type === 'symbol' && f.properties.name_zh)
          .length,
    );
    expect(labels).toBeGreaterThan(5);
    expect(Buffer.compare(before, after)).not.toBe(0);
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('takes its default from the browser language', async () => {
    const atlas = await openAtlas(browser, '', { locale: 'ru-RU' });
    await expect(atlas.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Атлас коридоров');
    await waitForIdle(atlas.page);
    await screenshot(atlas.page, 'desktop-ru');
  });
});

describe('phone at 390×844', () => {
  it('shows the map with the panel as a bottom sheet', async () => {
    const atlas = await openAtlas(browser, '?lang=en', { width: 390, height: 844 });
    const { page } = atlas;
    await waitForIdle(page);
    await screenshot(page, 'phone-en');
    const panel = await page.getByRole('complementary').boundingBox();
    const map = await page.getByRole('region', { name: 'Map of Eurasian transport corridors' }).boundingBox();
    expect(panel).not.toBeNull();
    expect(panel!.y + panel!.height).toBeGreaterThan(840);
    expect(panel!.width).toBeGreaterThan(380);
    expect(map!.width).toBeGreaterThan(380);
    expect((await canvasStats(page)).distinctColours).toBeGreaterThan(40);
    expect(atlas.consoleErrors).toEqual([]);
  });
});

describe('bad input', () => {
  it('falls back to defaults with a notice when the URL has an unknown language and a malformed camera', async () => {
    const atlas = await openAtlas(browser, '?lang=xx&map=abc&zoom=%E0%A4%A');
    const { page } = atlas;
    await waitForIdle(page);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Corridor Atlas');
    const notice = await page.getByRole('status').filter({ hasText: 'not understood' }).textContent();
    expect(notice).toContain('lang');
    expect(notice).toContain('map');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('says so in the page when the basemap is missing', async () => {
    const atlas = await openAtlas(browser, '?lang=en', {
      intercept: (page) => page.route('**/basemap/**', (r) => r.fulfill({ status: 404, body: 'not found' })),
    });
    const alert = atlas.page.getByRole('alert');
    await alert.first().waitFor({ timeout: 30_000 });
    expect(await alert.first().textContent()).toContain('basemap could not be loaded');
    await screenshot(atlas.page, 'basemap-missing');
  });

  it('says so in the page when the basemap manifest is corrupt', async () => {
    const atlas = await openAtlas(browser, '?lang=en', {
      intercept: (page) =>
        page.route('**/basemap/metadata.json', (r) => r.fulfill({ status: 200, body: '{"tiles": [' })),
    });
    const alert = atlas.page.getByRole('alert');
    await alert.first().waitFor({ timeout: 30_000 });
    expect(await alert.first().textContent()).toContain('metadata.json is not valid JSON');
  });

  it('says so in the page when basemap tiles are corrupt', async () => {
    const atlas = await openAtlas(browser, '?lang=en', {
      intercept: (page) =>
        page.route('**/basemap/tiles/**', (r) =>
          r.fulfill({ status: 200, contentType: 'application/x-protobuf', body: Buffer.from('this is not a tile') }),
        ),
    });
    const alert = atlas.page.getByRole('alert');
    await alert.first().waitFor({ timeout: 30_000 });
    expect(await alert.first().textContent()).toContain('basemap could not be loaded');
  });
});
