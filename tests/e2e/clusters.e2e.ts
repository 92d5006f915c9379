// Many projects stay readable: with 20,000 generated projects the map draws counted discs where points would
// overlap, a click or Enter on one zooms in, and the real atlas's projects can still be selected one by one.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedProjects } from '../../scripts/generated-projects';
import { openAtlas, screenshot, waitForIdle } from './driver';

const COUNTS = 'atlas-projects-cluster-counts';
const POINTS = 'atlas-projects-points';

let browser: Browser;
beforeAll(async () => {
  browser = await (await import('./driver')).launch();
});
afterAll(async () => browser?.close());

/** The view file with `n` generated projects added, as the benchmarks serve it. */
const withGenerated = (n: number) => (page: Page) =>
  page.route('**/assets/atlas-view-*.json', async (route) => {
    const res = await route.fetch();
    const view = (await res.json()) as { projects: unknown[] };
    view.projects.push(...generatedProjects(n));
    await route.fulfill({ response: res, body: JSON.stringify(view) });
  });

interface Drawn {
  count: number;
  label: string;
  at: { x: number; y: number };
}

/** The clusters drawn in the view, biggest first, with where they are on the page. */
async function clusters(page: Page): Promise<Drawn[]> {
  const box = (await page.locator('.map canvas').boundingBox())!;
  const drawn = await page.evaluate((layer) => {
    const map = window.__atlas!.map;
    return map.queryRenderedFeatures({ layers: [layer] }).map((f) => {
      const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
      return {
        count: f.properties.point_count as number,
        label: String(f.properties.point_count_abbreviated),
        at: { x: p.x, y: p.y },
      };
    });
  }, COUNTS);
  return drawn
    .map((d) => ({ ...d, at: { x: box.x + d.at.x, y: box.y + d.at.y } }))
    .filter((d) => d.at.x > box.x + 40 && d.at.x < box.x + box.width - 40 && d.at.y > box.y + 40)
    .sort((a, b) => b.count - a.count);
}

const zoom = (page: Page) => page.evaluate(() => window.__atlas!.map.getZoom());

describe('clusters of projects', () => {
  it('draws 20,000 projects as counted discs, and a click on one zooms in', async () => {
    const { page, consoleErrors } = await openAtlas(browser, '?lang=en', { intercept: withGenerated(20_000) });
    await waitForIdle(page);
    const drawn = await clusters(page);
    expect(drawn.length).toBeGreaterThan(20);
    // Each disc shows how many projects it stands for, and together they hold thousands.
    expect(drawn.reduce((n, d) => n + d.count, 0)).toBeGreaterThan(5_000);
    expect(drawn[0]!.label).toMatch(/^\d+(\.\d)?k?$/);
    // Few single points are left to overlap one another.
    const singles = await page.evaluate(
      (l) => window.__atlas!.map.queryRenderedFeatures({ layers: [l] }).length,
      POINTS,
    );
    expect(singles).toBeLessThan(drawn.length * 3);
    await screenshot(page, 'clusters-20000-1280');

    const before = await zoom(page);
    await page.mouse.click(drawn[0]!.at.x, drawn[0]!.at.y);
    await page.waitForFunction((z) => window.__atlas!.map.getZoom() > z + 0.5, before);
    await waitForIdle(page);
    // A cluster is not a record: nothing is selected by opening one.
    expect(page.url()).not.toContain('generated-');
    expect(consoleErrors).toEqual([]);
  });

  it('opens the cluster nearest the centre with Enter on the focused map', async () => {
    const { page } = await openAtlas(browser, '?lang=en', { intercept: withGenerated(20_000) });
    await waitForIdle(page);
    const before = await zoom(page);
    await page.locator('.map canvas').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((z) => window.__atlas!.map.getZoom() > z + 0.5, before);
  });

  it('stays readable on a phone', async () => {
    const { page } = await openAtlas(browser, '?lang=en', {
      width: 390,
      height: 844,
      intercept: withGenerated(20_000),
    });
    await waitForIdle(page);
    expect((await clusters(page)).length).toBeGreaterThan(5);
    await screenshot(page, 'clusters-20000-390');
  });

  it("still selects the real atlas's projects one by one", async () => {
    const { page, consoleErrors } = await openAtlas(browser, '?lang=en');
    await waitForIdle(page);
    await screenshot(page, 'clusters-real-1280');
    const box = (await page.locator('.map canvas').boundingBox())!;
    // A project point drawn on top of whatever else is there, so a click lands on it.
    const point = await page.evaluate((l) => {
      const map = window.__atlas!.map;
      for (const f of map.queryRenderedFeatures({ layers: [l] })) {
        const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
        if (map.queryRenderedFeatures([p.x, p.y])[0]?.layer.id !== l) continue;
        return { id: String(f.properties.id), name: String(f.properties.name_en), x: p.x, y: p.y };
      }
      return null;
    }, POINTS);
    expect(point).not.toBeNull();
    await page.mouse.click(box.x + point!.x, box.y + point!.y);
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe(point!.name);
    expect(consoleErrors).toEqual([]);
  });

  it('draws the real atlas on a phone', async () => {
    const { page } = await openAtlas(browser, '?lang=en', { width: 390, height: 844 });
    await waitForIdle(page);
    await screenshot(page, 'clusters-real-390');
  });
});
