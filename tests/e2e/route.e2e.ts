// The route planner as a logistics planner uses it, in a real Chromium against the production build: places
// typed in any script, the comparison and the strip, the route drawn on the map, the plan in the link (reload
// and Back), avoiding a country, a reason when there is no route, the export, and the phone layout.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openAtlas, ORIGIN, screenshot, waitForIdle } from './driver';
import { bypassCsp, readCsv, runAxe, urlParam, waitForParam } from './explore-driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const ROUTE_LAYERS = ['route-casing', 'route-legs'];
/** Fewer points than the full lines of Xi’an → Duisburg have, more than the view's simplified ones. */
const POINTS_FULL = 3000;

/** Types into a place field and takes the first suggestion with Enter, as a keyboard user would. */
async function choosePlace(page: Page, label: string, text: string): Promise<void> {
  const box = page.getByRole('combobox', { name: label, exact: true });
  await box.click();
  await box.fill(text);
  await page
    .locator(`#${await box.getAttribute('aria-controls')} [role="option"]`)
    .first()
    .waitFor();
  await box.press('Enter');
}

/** Rendered features of the route's lines once the map has settled. */
async function routeOnMap(page: Page): Promise<number> {
  await page.waitForFunction(() => window.__atlas?.map.getLayer('route-legs') !== undefined, undefined, {
    timeout: 15_000,
  });
  await page.waitForFunction(() => !window.__atlas!.map.isMoving(), undefined, { timeout: 15_000 });
  await waitForIdle(page);
  return page.evaluate((layers) => window.__atlas!.map.queryRenderedFeatures({ layers }).length, ROUTE_LAYERS);
}

/** Unfolds the options (folded away under the places, with a one-line summary). */
async function openOptions(page: Page): Promise<void> {
  await page.locator('.route-options-box > summary').click();
}

const heading = (page: Page) => page.locator('#route-answer-title');
/** The best route's value of a measure: the first cell of the row under the measure's name. */
const cell = (page: Page, measure: string) =>
  page
    .locator('.route-table tbody th', { hasText: new RegExp(`^${measure}$`) })
    .locator('xpath=../following-sibling::tr[1]/td[1]');

describe('planning a route', () => {
  it('plans Wuhan → Ташкент from typed names, draws it, and keeps it in the link across a reload', async () => {
    const atlas = await openAtlas(browser, '?lang=en&view=route');
    const { page } = atlas;
    await waitForIdle(page);
    await choosePlace(page, 'From', 'Wuhan');
    await choosePlace(page, 'To', 'Ташкент');
    await expect(heading(page).textContent()).resolves.toBe('Wuhan → Tashkent');
    await page.getByRole('table').waitFor();
    expect(await page.locator('.route-strip').count()).toBeGreaterThanOrEqual(2);
    // The rail–road service by Kashgar and Irkeshtam, as the Hubei train of 2025 ran.
    expect(await cell(page, 'Countries').innerText()).toContain('CHN → KGZ → UZB');
    expect(await routeOnMap(page)).toBeGreaterThan(0);
    expect(urlParam(page, 'from')).toBe('wuhan');
    expect(urlParam(page, 'to')).toBe('tashkent');
    await screenshot(page, 'route-wuhan-tashkent-desktop');

    await page.reload();
    await heading(page).waitFor();
    await expect(heading(page).textContent()).resolves.toBe('Wuhan → Tashkent');
    await expect(page.getByRole('combobox', { name: 'From', exact: true }).inputValue()).resolves.toBe('Wuhan');
    expect(await routeOnMap(page)).toBeGreaterThan(0);
    expect(atlas.consoleErrors).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
  });

  it('tells a planner why a train from China to Central Asia by rail waits at the border', async () => {
    const atlas = await openAtlas(browser, '?lang=en&view=route&from=chongqing&to=tashkent&allow=rail');
    const { page } = atlas;
    await heading(page).waitFor();
    const note = page.locator('.route-notes-arrival');
    await expect(note.innerText()).resolves.toMatch(/^A train from China that ends in Central Asia waits at Khorgos/);
    expect(await cell(page, 'Countries').innerText()).toContain('CHN → KAZ → UZB');
    await waitForIdle(page);
    await screenshot(page, 'route-chongqing-tashkent-desktop');
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('holds the answer against the published journeys that run over it', async () => {
    const atlas = await openAtlas(browser, '?lang=en&view=route&from=xian&to=duisburg');
    const { page } = atlas;
    const section = page.getByRole('region', { name: 'Published journeys' });
    await section.waitFor();
    await section.scrollIntoViewIfNeeded();
    const text = await section.innerText();
    expect(text).toMatch(
      /tested on \d+ more held out of the fit: on those its typical days are off by a median of \d+%/,
    );
    expect(text).toMatch(
      /Xi’an → Duisburg, \d{4}(-\d{2})?: published [\d.–]+ days \(.+\); the planner, asked the same, [\d.]+ days/,
    );
    // The journey that ran the other way is listed too, and said to be.
    expect(text).toMatch(/Duisburg → Xi’an, .*\(the other way round; held out of the fit/);
    // Each journey links to its source, opened apart from the atlas.
    const link = section.getByRole('link').first();
    expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(await link.getAttribute('target')).toBe('_blank');
    await screenshot(page, 'route-published-journeys-desktop');
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('plans Kashgar → Karachi over the Khunjerab Pass, and Moscow → Mumbai around Pakistan, saying why', async () => {
    const atlas = await openAtlas(browser, '?lang=en&view=route&from=kashgar&to=port-karachi');
    const { page } = atlas;
    await heading(page).waitFor();
    expect(await cell(page, 'Countries').innerText()).toContain('CHN → PAK');
    expect(await cell(page, 'Border crossings').innerText()).toContain('Khunjerab–Sost');
    expect(await routeOnMap(page)).toBeGreaterThan(0);
    await page.goto(`${ORIGIN}/?lang=en&view=route&from=moscow&to=port-jnpt&avoid=SUEZ`);
    await heading(page).waitFor();
    const note = page.locator('.route-notes-ban');
    await expect(note.innerText()).resolves.toMatch(/^Goods that have been in Pakistan may not enter India/);
    expect(await cell(page, 'Countries').innerText()).toContain('IRN');
    await waitForIdle(page);
    await screenshot(page, 'route-entry-ban-desktop');
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('goes back to the previous plan with Back', async () => {
    const { page } = await openAtlas(browser, '?lang=en&view=route&from=wuhan-wujiashan&to=tashkent');
    await heading(page).waitFor();
    await choosePlace(page, 'To', 'Almaty');
    await waitForParam(page, 'to', 'almaty');
    await expect(heading(page).textContent()).resolves.toBe('Wuhan Wujiashan station → Almaty');
    await page.goBack();
    await waitForParam(page, 'to', 'tashkent');
    await expect(heading(page).textContent()).resolves.toBe('Wuhan Wujiashan station → Tashkent');
    await page.goForward();
    await waitForParam(page, 'to', 'almaty');
  });

  it('avoiding Russia sends Xi’an → Duisburg through Kazakhstan, the Caspian, Azerbaijan and Georgia', async () => {
    const atlas = await openAtlas(browser, '?lang=en&view=route&from=xian&to=duisburg');
    const { page } = atlas;
    await heading(page).waitFor();
    expect(await cell(page, 'Countries').innerText()).toContain('RUS');
    await openOptions(page);
    await page.getByText('Avoid countries', { exact: true }).click();
    await page.getByRole('checkbox', { name: /^Russia/ }).check();
    await waitForParam(page, 'avoid', 'RUS');
    const countries = await cell(page, 'Countries').innerText();
    expect(countries).toMatch(/CHN → KAZ → AZE → GEO/);
    expect(countries).not.toContain('RUS');
    expect(await cell(page, 'Corridors').innerText()).toContain('Middle Corridor');
    expect(await routeOnMap(page)).toBeGreaterThan(0);
    // The route crosses the Caspian by ferry: the line is drawn over the sea between Kuryk and Alat.
    const overCaspian = await page.evaluate(() => {
      const map = window.__atlas!.map;
      const a = map.project([51.2, 42.3]);
      const b = map.project([50.2, 40.8]);
      return map
        .queryRenderedFeatures(
          [
            [Math.min(a.x, b.x) - 20, Math.min(a.y, b.y) - 20],
            [Math.max(a.x, b.x) + 20, Math.max(a.y, b.y) + 20],
          ],
          { layers: ['route-legs'] },
        )
        .map((f) => f.properties.mode);
    });
    expect(overCaspian).toContain('ferry');
    await screenshot(page, 'route-avoid-russia-desktop');
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('names the countries a line runs through and avoids them: Constanța → Duisburg without Austria', async () => {
    const atlas = await openAtlas(browser, '?lang=en&view=route&from=port-constanta&to=duisburg');
    const { page } = atlas;
    await heading(page).waitFor();
    expect(await cell(page, 'Countries').innerText()).toContain('ROU → HUN → AUT → DEU');
    await openOptions(page);
    await page.getByText('Avoid countries', { exact: true }).click();
    // No place of the atlas lies in Switzerland; the line from Milan to Duisburg runs through it.
    await expect(page.getByRole('checkbox', { name: /^Switzerland/ }).count()).resolves.toBe(1);
    await page.getByRole('checkbox', { name: /^Austria/ }).check();
    await waitForParam(page, 'avoid', 'AUT');
    const countries = await cell(page, 'Countries').innerText();
    expect(countries).not.toContain('AUT');
    // Round by sea through the Aegean (not by Port Said) to Genoa or Rotterdam, whichever is quicker, then by rail
    // across the Alps by Switzerland or up the Rhine.
    expect(countries).toMatch(/^ROU → (ITA → CHE|NLD) → DEU/);
    expect(countries).not.toContain('EGY');
    expect(await routeOnMap(page)).toBeGreaterThan(0);
    await screenshot(page, 'route-avoid-austria-desktop');
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('gives the reason in words when there is no route', async () => {
    // By sea alone, Arkhangelsk reaches Shanghai only on the Arctic leg, closed in February.
    const { page } = await openAtlas(
      browser,
      '?lang=en&view=route&from=port-arkhangelsk&to=port-shanghai&allow=sea&month=2',
    );
    const reason = page.locator('.route-failure-reason');
    await reason.waitFor();
    await expect(reason.textContent()).resolves.toContain(
      'The Arctic Express No. 1 leg runs July–November; February is outside.',
    );
    await openOptions(page);
    await page.getByRole('combobox', { name: 'Month of departure' }).selectOption('8');
    await heading(page).waitFor();
    expect(await cell(page, 'Notes').innerText()).toContain('seasonal: July–November');
  });

  it('drops a malformed option from the link with a notice and plans with the rest', async () => {
    const { page } = await openAtlas(browser, '?lang=en&view=route&from=xian&to=duisburg&allow=rail,plane');
    const notice = page.getByRole('status').filter({ hasText: 'not understood' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('allow');
    await heading(page).waitFor();
    expect(urlParam(page, 'allow')).toBeNull();
  });

  it('exports the panel’s answer as CSV: legs, stops between them, and the panel’s totals', async () => {
    const { page } = await openAtlas(browser, '?lang=en&view=route&from=xian&to=duisburg&avoid=RUS');
    await heading(page).waitFor();
    const [typical, min, max] = (await cell(page, 'Days: typical \\(min–max\\)').innerText())
      .match(/[\d.]+/g)!
      .map(Number);
    const km = Number((await cell(page, 'Distance, km').innerText()).replace(/,/g, ''));
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Export the route on the map as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^corridor-atlas-route-xian-duisburg-\d{4}-\d\d-\d\d\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...body] = readCsv(text.slice(1));
    const col = (name: string) => header!.indexOf(name);
    const steps = body.filter((r) => r[col('step')]);
    const legs = steps.filter((r) => r[col('what')] === 'leg');
    expect(legs.map((r) => Number(r[col('leg')]))).toEqual(legs.map((_, i) => i + 1));
    expect(await page.locator('.route-legs > ol > li').count()).toBe(legs.length);
    expect(steps.some((r) => r[col('what')] === 'border wait')).toBe(true);
    const hours = (c: string) => steps.reduce((s, r) => s + Number(r[col(c)] || 0), 0) / 24;
    expect(Math.abs(hours('hours typical') - typical!)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(hours('hours min') - min!)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(hours('hours max') - max!)).toBeLessThanOrEqual(0.05);
    const total = body.find((r) => r[col('what')] === 'total')!;
    expect([col('days typical'), col('days min'), col('days max'), col('km')].map((i) => Number(total[i]))).toEqual([
      typical,
      min,
      max,
      km,
    ]);
    expect(total[col('route')]).toBe('Best');
  });

  it('answers from the compact network before the legs’ full geometry, and exports the route with it', async () => {
    const requested: string[] = [];
    const atlas = await openAtlas(browser, '?lang=en&view=route&from=xian&to=duisburg', {
      intercept: async (p) => {
        p.on('request', (r) => requested.push(new URL(r.url()).pathname));
      },
    });
    const { page } = atlas;
    await heading(page).waitFor();
    const data = (name: string) => requested.some((path) => path.includes(`/atlas-${name}-`));
    expect(data('network')).toBe(true);
    expect(data('routing')).toBe(false);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Export the route on the map as GeoJSON' }).click(),
    ]);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as GeoJSON.FeatureCollection;
    expect(data('routing')).toBe(true);
    const legs = file.features.filter((f) => f.geometry.type !== 'Point');
    const points = legs.reduce((n, f) => n + JSON.stringify(f.geometry).split('],[').length, 0);
    // The legs' full lines: the view keeps about 430 points of the route's 9,500 km, the full lines about 5,700.
    expect(legs.length).toBeGreaterThan(5);
    expect(points).toBeGreaterThan(POINTS_FULL);
    expect(atlas.consoleErrors).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('suggests a misspelt place, names each route’s crossings and says what the month slows', async () => {
    // Through Aktau: in January the best way round the Caspian is otherwise overland through Iran.
    const atlas = await openAtlas(browser, '?lang=en&view=route&from=xian&via=port-aktau&avoid=RUS&month=1');
    const { page } = atlas;
    await waitForIdle(page);
    const box = page.getByRole('combobox', { name: 'To', exact: true });
    await box.click();
    await box.fill('Duisberg');
    const first = page.locator(`#${await box.getAttribute('aria-controls')} [role="option"]`).first();
    await expect(first.innerText()).resolves.toMatch(/^Duisburg[\s\S]*Germany/);
    await screenshot(page, 'route-typo-suggestion-desktop');
    await box.press('Enter');
    await expect(heading(page).textContent()).resolves.toBe('Xi’an → Port of Aktau → Duisburg');
    const crossings = page.getByRole('list', { name: 'Crossings of Best' });
    await expect(crossings.innerText()).resolves.toContain('Kazakhstan → Azerbaijan by sea');
    await expect(page.locator('.route-notes-month').innerText()).resolves.toMatch(
      /^In January the Caspian ferry at Port of Aktau waits longer in winter weather/,
    );
    await page.locator('.route-legs > summary').click();
    expect(await page.locator('.route-legs > ol > li').count()).toBeGreaterThan(5);
    await page.locator('.route-table').scrollIntoViewIfNeeded();
    await screenshot(page, 'route-answer-words-desktop');
    expect(atlas.consoleErrors).toEqual([]);
  });
});

describe('on a phone', () => {
  it('plans in the bottom sheet and frames the route in the map above it', async () => {
    const atlas = await openAtlas(browser, '?lang=en&view=route&from=xian&to=duisburg&avoid=RUS', {
      width: 390,
      height: 844,
    });
    const { page } = atlas;
    await heading(page).waitFor();
    expect(await routeOnMap(page)).toBeGreaterThan(0);
    await screenshot(page, 'route-avoid-russia-phone');
    await page.locator('.route-strips').scrollIntoViewIfNeeded();
    await screenshot(page, 'route-strips-phone');
    await page.getByRole('list', { name: 'Crossings of Best' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'route-crossings-phone');
    expect(atlas.consoleErrors).toEqual([]);
  });
});

describe('story scenes', () => {
  it('hand their route to the planner: its markers on the map, and none once a scene has no route', async () => {
    // Scene 5 of the CKU story follows the trucks from Kashgar to Osh (the story draws the line itself); scene 6
    // has no route.
    const atlas = await openAtlas(browser, '?lang=en&story=cku-wuhan-tashkent&scene=5', { reducedMotion: 'reduce' });
    const { page } = atlas;
    await page.waitForFunction(() => window.__atlas?.map.getLayer('route-stops') !== undefined, undefined, {
      timeout: 20_000,
    });
    await waitForIdle(page);
    const roles = await page.evaluate(() =>
      window
        .__atlas!.map.queryRenderedFeatures({ layers: ['route-stops', 'route-transfers'] })
        .map((f) => f.properties.role as string),
    );
    expect(roles).toEqual(expect.arrayContaining(['origin', 'destination', 'border']));
    await screenshot(page, 'route-story-scene-desktop');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => !window.__atlas!.map.getLayer('route-stops'), undefined, { timeout: 15_000 });
    expect(urlParam(page, 'from')).toBeNull();
    expect(atlas.consoleErrors).toEqual([]);
  });
});

describe('keyboard and accessibility', () => {
  it('reaches every control of the Route tab by Tab, each with a visible focus ring', async () => {
    const { page } = await openAtlas(browser, '?lang=en&view=route&from=xian&to=duisburg');
    await heading(page).waitFor();
    await page.getByRole('tab', { name: 'Route' }).focus();
    const stops: { tag: string; label: string; ring: boolean }[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const css = getComputedStyle(el);
          const ring = (css.outlineStyle !== 'none' && parseFloat(css.outlineWidth) > 0) || css.boxShadow !== 'none';
          const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
          return { tag: el.tagName.toLowerCase(), label, ring };
        }),
      );
    }
    // Past the last control the focus leaves the page and comes back to <body>.
    expect(stops.filter((s) => !s.ring && s.tag !== 'body')).toEqual([]);
    const labels = stops.map((s) => s.label);
    for (const name of [
      'Swap origin and destination',
      'Shown Best',
      'Show Alternative 1',
      'Export the route on the map',
    ])
      expect(labels.some((l) => l.includes(name))).toBe(true);
  });

  it('has no serious or critical axe violation in the Route tab with a plan', async () => {
    const { page } = await openAtlas(browser, '?lang=en&view=route&from=xian&to=duisburg&avoid=RUS', {
      intercept: bypassCsp,
    });
    await heading(page).waitFor();
    await waitForIdle(page);
    const violations = await runAxe(page);
    console.log('axe route tab:', JSON.stringify(violations, null, 1));
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});
