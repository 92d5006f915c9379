// Exploring the real atlas in Chromium: the legend filters what the map draws, a click on a crossing selects it,
// the link carries the selection and restores it, unknown ids in a link are dropped with a notice.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEG_DRAWN_LAYERS } from '../../src/layers/corridor-style';
import { openAtlas, screenshot, waitForIdle } from './driver';

/** The layers that draw the legs, each leg in one of them by its mode. */
const LEGS = [...LEG_DRAWN_LAYERS];
const PLACES = 'atlas-places';

const crossing = (() => {
  const nodes = JSON.parse(readFileSync('geo/nodes.geojson', 'utf8')) as {
    features: { geometry: { coordinates: [number, number] }; properties: { id: string; names: { en: string } } }[];
  };
  const f = nodes.features.find((n) => n.properties.id === 'khorgos')!;
  return { at: f.geometry.coordinates, name: f.properties.names.en };
})();

let browser: Browser;
beforeAll(async () => {
  browser = await (await import('./driver')).launch();
});
afterAll(async () => browser?.close());

function rendered(page: Page, layers: string[]): Promise<number> {
  return page.evaluate((ids) => window.__atlas!.map.queryRenderedFeatures({ layers: ids }).length, layers);
}

/** Clicks the map where a place is drawn, in page coordinates. */
async function clickMapAt(page: Page, lngLat: [number, number], hover = false): Promise<void> {
  const p = await page.evaluate((ll) => window.__atlas!.map.project(ll), lngLat);
  const box = (await page.locator('.map canvas').boundingBox())!;
  if (hover) await page.mouse.move(box.x + p.x, box.y + p.y);
  else await page.mouse.click(box.x + p.x, box.y + p.y);
}

describe('filters on the map', () => {
  it('draws fewer legs and places when the legend hides rail', async () => {
    const { page, consoleErrors } = await openAtlas(browser, '?lang=en');
    await waitForIdle(page);
    const before = { legs: await rendered(page, LEGS), places: await rendered(page, [PLACES]) };
    expect(before.legs).toBeGreaterThan(50);
    expect(before.places).toBeGreaterThan(30);

    // The map's next idle after the click that changes the filter (its time is measured by npm run bench:filter).
    await page.evaluate(() => {
      const w = window as unknown as { __idleAfterClick?: boolean };
      window.__atlas!.map.once('idle', () => (w.__idleAfterClick = true));
    });
    await page.getByRole('button', { name: 'Rail', exact: true }).click();
    await page.waitForFunction(() => (window as unknown as { __idleAfterClick?: boolean }).__idleAfterClick === true);

    expect(await page.getByRole('button', { name: 'Rail', exact: true }).getAttribute('aria-pressed')).toBe('false');
    const after = { legs: await rendered(page, LEGS), places: await rendered(page, [PLACES]) };
    expect(after.legs).toBeLessThan(before.legs / 3);
    expect(after.places).toBeLessThan(before.places);
    expect(new URL(page.url()).searchParams.get('modes')).toBe('road,ferry,sea,pipeline');
    expect(consoleErrors).toEqual([]);
  });

  it('shows only the network open by a year chosen on the slider', async () => {
    const { page } = await openAtlas(browser, '?lang=en');
    await waitForIdle(page);
    const all = await rendered(page, [...LEGS, PLACES]);
    await page.getByRole('checkbox', { name: 'All years' }).uncheck();
    await page.getByRole('slider', { name: 'Year' }).fill('1995');
    await waitForIdle(page);
    expect(new URL(page.url()).searchParams.get('year')).toBe('1995');
    expect(await rendered(page, [...LEGS, PLACES])).toBeLessThan(all);
  });
});

describe('selection', () => {
  it('selects a crossing clicked on the map, opens its details and puts it in the link', async () => {
    const { page, consoleErrors } = await openAtlas(browser, `?lang=en&map=7/${crossing.at[1]}/${crossing.at[0]}`);
    await waitForIdle(page);
    await clickMapAt(page, crossing.at, true);
    await expect(page.locator('.map-tooltip').textContent()).resolves.toBe(
      `${crossing.name}Border crossing · Operational`,
    );
    await clickMapAt(page, crossing.at);
    await expect(page.getByRole('heading', { level: 2 }).first().textContent()).resolves.toBe(crossing.name);
    await waitForIdle(page);
    expect(new URL(page.url()).searchParams.get('sel')).toBe('khorgos');
    expect(await rendered(page, ['atlas-places-highlight'])).toBeGreaterThan(0);
    await screenshot(page, 'explore-selected-crossing');
    expect(consoleErrors).toEqual([]);
  });

  it('finds a leg a few pixels off its thin line, on hover and on click', async () => {
    const { page, consoleErrors } = await openAtlas(browser, '?lang=en&map=6/45/66');
    await waitForIdle(page);
    // A point on a drawn leg, away from any other feature a click could find, and 4 px beside the line.
    const target = await page.evaluate(() => {
      const map = window.__atlas!.map;
      const others = ['atlas-places', 'atlas-places-minor', 'atlas-projects-points', 'atlas-projects-clusters'];
      const { width, height } = map.getCanvas().getBoundingClientRect();
      for (const f of map.queryRenderedFeatures({ layers: ['atlas-legs-land'] })) {
        if (f.geometry.type !== 'LineString' || f.properties.shift !== 0) continue;
        const line = f.geometry.coordinates as [number, number][];
        for (let i = 1; i < line.length; i++) {
          const a = map.project(line[i - 1]!);
          const b = map.project(line[i]!);
          const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
          const len = Math.hypot(b.x - a.x, b.y - a.y);
          if (len < 40 || mid.x < 60 || mid.y < 60 || mid.x > width - 60 || mid.y > height - 60) continue;
          // 4 px along the normal of the line, off its drawn width.
          const off = { x: mid.x - ((b.y - a.y) / len) * 4, y: mid.y + ((b.x - a.x) / len) * 4 };
          const near = [
            [off.x - 12, off.y - 12],
            [off.x + 12, off.y + 12],
          ] as [[number, number], [number, number]];
          const crowd = map.queryRenderedFeatures(near, {
            layers: [...others, 'atlas-legs-water', 'atlas-legs-pipeline'],
          });
          const legs = new Set(
            map.queryRenderedFeatures(near, { layers: ['atlas-legs-land'] }).map((g) => g.properties.id),
          );
          const under = map.queryRenderedFeatures([off.x, off.y], { layers: ['atlas-legs-land'] });
          if (!crowd.length && legs.size === 1 && !under.length) return { ...off, id: String(f.properties.id) };
        }
      }
      return null;
    });
    expect(target).not.toBeNull();
    const box = (await page.locator('.map canvas').boundingBox())!;
    await page.mouse.move(box.x + target!.x, box.y + target!.y);
    await expect.poll(() => page.locator('.map-tooltip').count()).toBe(1);
    await page.mouse.click(box.x + target!.x, box.y + target!.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe(target!.id);
    expect(consoleErrors).toEqual([]);
  });

  it('restores the selection and its highlight when the link is opened again', async () => {
    const { page } = await openAtlas(browser, `?lang=en&sel=khorgos&map=6/44/79`);
    await expect(page.getByRole('heading', { level: 2 }).first().textContent()).resolves.toBe(crossing.name);
    await waitForIdle(page);
    expect(await rendered(page, ['atlas-places-highlight'])).toBeGreaterThan(0);
    // Choosing a corridor in the panel selects it and fits the map to it.
    const zoomBefore = await page.evaluate(() => window.__atlas!.map.getZoom());
    await page
      .getByRole('button', { name: /Middle Corridor/ })
      .first()
      .click();
    await waitForIdle(page);
    expect(new URL(page.url()).searchParams.get('sel')).toBe('titr');
    expect(await page.evaluate(() => window.__atlas!.map.getZoom())).toBeLessThan(zoomBefore);
    expect(await rendered(page, ['atlas-legs-highlight'])).toBeGreaterThan(5);
  });

  it('drops ids the atlas does not have, with a notice, and keeps the rest of the link', async () => {
    const { page } = await openAtlas(browser, '?lang=en&sel=atlantis&corridors=titr,nowhere');
    const notice = page.getByRole('status').filter({ hasText: 'atlas does not have' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('corridors=nowhere, sel=atlantis');
    const url = new URL(page.url());
    expect(url.searchParams.get('sel')).toBeNull();
    expect(url.searchParams.get('corridors')).toBe('titr');
  });
});

describe('corridors layer', () => {
  it('draws the corridors at desk and phone sizes', async () => {
    for (const [width, height, name] of [
      [1280, 800, 'explore-desktop'],
      [390, 844, 'explore-phone'],
    ] as const) {
      const { page, consoleErrors } = await openAtlas(browser, '?lang=en', { width, height });
      await waitForIdle(page);
      expect(await rendered(page, ['atlas-legs-land'])).toBeGreaterThan(20);
      await screenshot(page, name);
      expect(consoleErrors).toEqual([]);
      await page.context().close();
    }
    const { page } = await openAtlas(browser, '?lang=en&map=5/41.5/50.5');
    await waitForIdle(page);
    expect(await rendered(page, ['atlas-legs-water'])).toBeGreaterThan(0);
    await screenshot(page, 'explore-caspian');
  });
});

describe('lines for the zoom they are drawn at', () => {
  /** How many points the legs source holds, as the map was last given it. */
  const legPoints = (page: Page) =>
    page.evaluate(async () => {
      const data = (await window
        .__atlas!.map.getSource<import('maplibre-gl').GeoJSONSource>('atlas-legs')!
        .getData()) as GeoJSON.FeatureCollection;
      return data.features.reduce((n, f) => n + JSON.stringify(f.geometry).split('],[').length, 0);
    });

  it('draws the first view from its light lines and fetches finer ones once the map is zoomed in to 4', async () => {
    const requested: string[] = [];
    const { page, consoleErrors } = await openAtlas(browser, '?lang=en', {
      intercept: async (p) => {
        p.on('request', (r) => requested.push(new URL(r.url()).pathname));
      },
    });
    await waitForIdle(page);
    const lines = () => requested.some((path) => /\/atlas-lines-[\w-]+\.json$/.test(path));
    expect(lines()).toBe(false);
    const first = await legPoints(page);
    await page.evaluate(() => window.__atlas!.map.jumpTo({ zoom: 4.2, center: [70, 41.5] }));
    await expect.poll(lines, { timeout: 15_000 }).toBe(true);
    await expect.poll(() => legPoints(page), { timeout: 15_000 }).toBeGreaterThan(first * 1.6);
    await waitForIdle(page);
    expect(await rendered(page, ['atlas-legs-land'])).toBeGreaterThan(20);
    expect(consoleErrors).toEqual([]);
  });
});
