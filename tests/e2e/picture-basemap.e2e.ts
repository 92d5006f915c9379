// The picture a presenter saves and the basemap a student pans over: the PNG's legend shows what the map draws
// (a planned route in its carriers' colours, pipelines, planned places) at slide and print sizes; Chukotka east of
// 180° is land, the view never reaches the tiled land's southern cut, and the closest zoom still shows a map.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { theme } from '../../src/layers/theme';
import {
  canvasStats,
  colourAt,
  colourDistance,
  hexToRgb,
  openAtlas,
  screenshot,
  SCREENSHOTS,
  waitForIdle,
} from './driver';
import { exportFile, pngSize } from './explore-driver';

let browser: Browser;
beforeAll(async () => {
  browser = await (await import('./driver')).launch();
});
afterAll(async () => browser?.close());

const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** Drawing the map again at print or slide resolution in software WebGL takes a while on a busy machine. */
const PICTURE_TIMEOUT = 240_000;

describe('the PNG is what the map shows', () => {
  const route = '?lang=en&view=route&from=xian&to=duisburg';

  it(
    'puts the planned route, pipelines and planned places in the legend of a 1920×1080 slide',
    async () => {
      const atlas = await openAtlas(browser, route);
      const { page } = atlas;
      await waitForIdle(page);
      await page.waitForTimeout(1500);
      await waitForIdle(page);
      const slide = await exportFile(page, 3);
      mkdirSync(SCREENSHOTS, { recursive: true });
      writeFileSync(`${SCREENSHOTS}/export-slides.png`, slide.body);
      expect(pngSize(slide.body)).toEqual({ width: 1920, height: 1080 });
      expect(atlas.consoleErrors).toEqual([]);
      await page.context().close();
    },
    PICTURE_TIMEOUT,
  );

  it(
    'saves a print picture at twice the screen resolution, and the map returns to the screen sharpness',
    async () => {
      const atlas = await openAtlas(browser, '?lang=en&map=3.5/44/72');
      const { page } = atlas;
      await waitForIdle(page);
      const canvas = await page.evaluate(() => window.__atlas!.map.getCanvas().width);
      const print = await exportFile(page, 4);
      writeFileSync(`${SCREENSHOTS}/export-print.png`, print.body);
      expect(pngSize(print.body).width).toBe(2 * canvas);
      expect(await page.evaluate(() => window.__atlas!.map.getCanvas().width)).toBe(canvas);
      await page.context().close();
    },
    PICTURE_TIMEOUT,
  );

  it(
    'fits a phone view into a slide too',
    async () => {
      const atlas = await openAtlas(browser, route, { width: 390, height: 844 });
      const { page } = atlas;
      await waitForIdle(page);
      await page.locator('.export-menu > button').waitFor();
      const slide = await exportFile(page, 3);
      writeFileSync(`${SCREENSHOTS}/export-slides-phone.png`, slide.body);
      expect(pngSize(slide.body)).toEqual({ width: 1920, height: 1080 });
      await page.context().close();
    },
    PICTURE_TIMEOUT,
  );
});

const WATER = hexToRgb(theme.water);

describe('the basemap has no holes where the atlas draws', () => {
  for (const size of SIZES) {
    it(`draws Chukotka east of 180° as land (${size.name})`, async () => {
      const { page, consoleErrors } = await openAtlas(browser, '?lang=en&map=4.5/66.5/184', size);
      await waitForIdle(page);
      await screenshot(page, `basemap-chukotka-${size.name}`);
      // Inland Chukotka at 176°W and 66.5°N is land.
      const land = await colourAt(page, [184, 66.5]);
      expect(colourDistance(land, WATER)).toBeGreaterThan(25);
      expect(consoleErrors).toEqual([]);
      await page.context().close();
    });

    it(`never shows the southern edge of the tiled land (${size.name})`, async () => {
      const { page } = await openAtlas(browser, '?lang=en&map=1/-40/80', size);
      await waitForIdle(page);
      await screenshot(page, `basemap-south-${size.name}`);
      const south = await page.evaluate(() => window.__atlas!.map.getBounds().getSouth());
      expect(south).toBeGreaterThanOrEqual(-12.1);
      await page.context().close();
    });

    it(`still shows a map at the closest zoom the camera allows (${size.name})`, async () => {
      const { page } = await openAtlas(browser, '?lang=en&map=22/44.21/80.4', size);
      await waitForIdle(page);
      await screenshot(page, `basemap-closest-${size.name}`);
      const zoom = await page.evaluate(() => window.__atlas!.map.getZoom());
      expect(zoom).toBeLessThanOrEqual(10);
      // An empty beige field has a handful of colours; Khorgos with its lines and labels has many.
      const stats = await canvasStats(page);
      expect(stats.distinctColours).toBeGreaterThan(150);
      await page.context().close();
    });
  }
});
