// The picture a presenter saves and the basemap a student pans over: the PNG's legend shows what the map draws
// (a planned route in its carriers' colours, pipelines, planned places) at slide and print sizes; Chukotka east of
// 180° is land, the view never reaches the tiled land's southern cut, and the closest zoom still shows a map.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
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

/**
 * Share of pixels that differ clearly (by more than 48 in a channel) between two PNGs of one size, read in a page,
 * within `part` (left, top, right, bottom as fractions of the picture; the whole picture by default).
 */
async function pixelsApart(page: Page, a: Buffer, b: Buffer, part: readonly number[] = [0, 0, 1, 1]): Promise<number> {
  return page.evaluate(
    async ([a64, b64, [left, top, right, bottom]]) => {
      const pixels = async (b64: string) => {
        // Decoded from bytes: the page's Content-Security-Policy refuses data: addresses to fetch.
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [p, q] = [await pixels(a64), await pixels(b64)];
      const [width, height] = [p.width, p.height];
      const [x0, x1, y0, y1] = [left! * width, right! * width, top! * height, bottom! * height].map(Math.round);
      let apart = 0;
      for (let y = y0!; y < y1!; y++)
        for (let x = x0!; x < x1!; x++) {
          const i = (y * width + x) * 4;
          const [u, v] = [p.data, q.data];
          if (Math.max(Math.abs(u[i]! - v[i]!), Math.abs(u[i + 1]! - v[i + 1]!), Math.abs(u[i + 2]! - v[i + 2]!)) > 48)
            apart++;
        }
      return apart / ((x1! - x0!) * (y1! - y0!));
    },
    [a.toString('base64'), b.toString('base64'), part] as const,
  );
}

describe('a slide is the same whatever screen made it', () => {
  it(
    'draws the map of a slide made on a phone with labels as large as on one made on a desktop',
    async () => {
      // The same place; the phone's view is zoomed so that its slide shows the desktop slide's part of the world.
      const desktop = await openAtlas(browser, '?lang=en&map=4/45/75');
      const phone = await openAtlas(browser, '?lang=en&map=4/45/75', { width: 390, height: 844 });
      await phone.page.getByRole('button', { name: 'Open panel' }).click();
      const size = (page: Page) =>
        page.evaluate(() => {
          const c = window.__atlas!.map.getContainer();
          return { width: c.clientWidth, height: c.clientHeight };
        });
      const [d, p] = [await size(desktop.page), await size(phone.page)];
      const slideMap = { width: 1280 - 300 - 12, height: 720 - 110 };
      const cover = (v: { width: number; height: number }) =>
        Math.log2(Math.max(slideMap.width / v.width, slideMap.height / v.height));
      await phone.page.evaluate((zoom) => window.__atlas!.map.jumpTo({ zoom }), 4 + cover(d) - cover(p));
      const slides: Buffer[] = [];
      for (const [name, { page }] of [
        ['desktop', desktop],
        ['phone', phone],
      ] as const) {
        await waitForIdle(page);
        await page.locator('.export-menu > button').waitFor();
        const slide = (await exportFile(page, 3)).body;
        writeFileSync(`${SCREENSHOTS}/export-slides-same-${name}.png`, slide);
        expect(pngSize(slide)).toEqual({ width: 1920, height: 1080 });
        slides.push(slide);
      }
      // Labels three times the size would differ over a large share of the map; the same map, by a sliver. Only the
      // map part is compared: the legend lists what each view happens to draw at its edges, so its rows may shift.
      const mapPart = [0, 0.08, 0.75, 0.93] as const;
      expect(await pixelsApart(desktop.page, slides[0]!, slides[1]!, mapPart)).toBeLessThan(0.02);
      // The phone's map is back at the phone's size.
      expect((await size(phone.page)).width).toBe(p.width);
      await desktop.page.context().close();
      await phone.page.context().close();
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
