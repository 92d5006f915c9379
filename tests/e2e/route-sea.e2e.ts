// "Compare with sea" in a real Chromium against the production build: Xi'an → Duisburg with the best sea route
// listed beside the rail answers, drawn over the sea when chosen, and sent round the Cape when Suez is avoided.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openAtlas, screenshot, waitForIdle } from './driver';
import { waitForParam } from './explore-driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const heading = (page: Page) => page.locator('#route-answer-title');
const columns = (page: Page) => page.locator('.route-table thead th').allInnerTexts();
/** The values of a measure's row, one per route. */
const row = (page: Page, measure: string) =>
  page
    .locator('.route-table tbody th', { hasText: new RegExp(`^${measure}$`) })
    .locator('xpath=../following-sibling::tr[1]/td')
    .allInnerTexts();

/** Modes of the route lines drawn in a box of the map given in lon/lat. */
async function modesDrawnIn(page: Page, sw: [number, number], ne: [number, number]): Promise<string[]> {
  await page.waitForFunction(() => !window.__atlas!.map.isMoving(), undefined, { timeout: 15_000 });
  await waitForIdle(page);
  return page.evaluate(
    ([a, b]) => {
      const map = window.__atlas!.map;
      const p = map.project(a as [number, number]);
      const q = map.project(b as [number, number]);
      return map
        .queryRenderedFeatures(
          [
            [Math.min(p.x, q.x), Math.min(p.y, q.y)],
            [Math.max(p.x, q.x), Math.max(p.y, q.y)],
          ],
          { layers: ['route-legs'] },
        )
        .map((f) => String(f.properties.mode));
    },
    [sw, ne],
  );
}

describe('compare with sea', () => {
  it('lists the sea route beside the rail answers for Xi’an → Duisburg and draws it over the Indian Ocean', async () => {
    const atlas = await openAtlas(browser, '?lang=en&view=route&from=xian&to=duisburg');
    const { page } = atlas;
    await heading(page).waitFor();
    expect(await columns(page)).not.toContain('By sea');
    await page.locator('.route-options-box > summary').click();
    await page.getByRole('checkbox', { name: 'Compare with sea' }).check();
    await waitForParam(page, 'sea', '1');
    await expect.poll(() => columns(page)).toContain('By sea');
    const names = await columns(page);
    const sea = names.indexOf('By sea');
    expect(sea).toBe(names.length - 1);
    const countries = await row(page, 'Countries');
    expect(countries[sea]).toContain('EGY');
    expect(countries[0]).not.toContain('EGY');
    // The sea route is listed longer in km than the best rail route.
    const km = (await row(page, 'Distance, km')).map((t) => Number(t.replace(/\D/g, '')));
    expect(km[sea]).toBeGreaterThan(km[0]! * 1.5);
    // Five routes side by side keep columns wide enough for their words; the table scrolls sideways instead, and
    // the rate's note stays inside its column.
    const table = page.locator('.route-table');
    const widths = await table.locator('thead th').evaluateAll((ths) => ths.map((th) => th.clientWidth));
    expect(widths).toHaveLength(names.length);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(100);
    const overflowing = await table
      .locator('td')
      .evaluateAll((tds) => tds.filter((td) => td.scrollWidth > td.clientWidth + 1).length);
    expect(overflowing).toBe(0);

    await page.getByRole('button', { name: /Show By sea/ }).click();
    await waitForParam(page, 'alt', String(sea));
    // Drawn over the Arabian Sea, where no land route goes.
    expect(await modesDrawnIn(page, [55, 8], [70, 18])).toContain('sea');
    await screenshot(page, 'route-compare-sea-desktop');

    // Avoiding Suez sends the sea route round the Cape of Good Hope.
    await page.getByRole('checkbox', { name: /Avoid Suez/ }).check();
    await waitForParam(page, 'avoid', 'SUEZ');
    await expect.poll(async () => (await row(page, 'Countries')).at(-1)).toContain('ZAF');
    expect((await row(page, 'Countries')).at(-1)).not.toContain('EGY');
    // The Cape lies south of the map's data: shown, the sea route is said to leave the map.
    await page.getByRole('button', { name: /Show By sea/ }).click();
    await expect
      .poll(() => page.locator('.route-notes-off-map').allInnerTexts())
      .toEqual([expect.stringMatching(/^Part of this route runs south of 12° S, beyond the map/)]);
    await waitForIdle(page);
    await screenshot(page, 'route-cape-desktop');
    expect(atlas.consoleErrors).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
    await page.context().close();
  }, 240_000);
});
