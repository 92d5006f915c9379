// Search, the list, links and exports as a reader uses them, in a real Chromium against the production build.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openAtlas, screenshot, SCREENSHOTS, waitForIdle } from './driver';
import {
  exportFile,
  listNames,
  openList,
  pngBands,
  pngSize,
  readCsv,
  rowLocator,
  searchAndChoose,
  urlParam,
  waitForCameraNear,
  waitForParam,
} from './explore-driver';

const nodes = JSON.parse(readFileSync('geo/nodes.geojson', 'utf8')) as {
  features: {
    properties: { id: string; names: Record<string, string> };
    geometry: { coordinates: [number, number] };
  }[];
};
const khorgos = nodes.features.find((f) => f.properties.id === 'khorgos')!;
const KHORGOS_AT = khorgos.geometry.coordinates;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const detailsTitle = (page: Page) => page.locator('#details-title');
const announcer = (page: Page) => page.getByTestId('selection-announcer');

describe('search in any language', () => {
  for (const query of ['Хоргос', 'Horgos', '霍尔果斯']) {
    it(`finds Khorgos by "${query}", selects it, shows it and flies there`, async () => {
      const atlas = await openAtlas(browser, '?lang=en');
      const { page } = atlas;
      await waitForIdle(page);
      await searchAndChoose(page, query);
      await waitForParam(page, 'sel', 'khorgos');
      await expect(detailsTitle(page).textContent()).resolves.toBe('Khorgos');
      await expect(announcer(page).textContent()).resolves.toBe('Selected: Khorgos, border crossing');
      await waitForCameraNear(page, KHORGOS_AT);
      expect(await page.evaluate(() => window.__atlas!.map.getZoom())).toBeGreaterThan(5);
      if (query === 'Хоргос') await screenshot(page, 'explore-search-chosen-desktop');
      expect(atlas.consoleErrors).toEqual([]);
    });
  }

  it('walks the suggestions with the arrow keys and closes them with Escape', async () => {
    const atlas = await openAtlas(browser, '?lang=en');
    const { page } = atlas;
    const box = page.locator('input[role="combobox"]');
    await box.fill('port');
    const options = page.locator('[role="option"]');
    await options.nth(2).waitFor();
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('true');
    await box.press('ArrowDown');
    await box.press('ArrowDown');
    const activeId = await box.getAttribute('aria-activedescendant');
    await expect(options.nth(2).getAttribute('id')).resolves.toBe(activeId);
    await screenshot(page, 'explore-search-suggestions-desktop');
    await box.press('Escape');
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');
    expect(urlParam(page, 'sel')).toBeNull();
  });
});

describe('list view', () => {
  it('lists the shown records sorted by name and sorts the other way from the header', async () => {
    const atlas = await openAtlas(browser, '?lang=en&view=list');
    const { page } = atlas;
    await rowLocator(page).first().waitFor();
    const names = await listNames(page);
    expect(names.length).toBeGreaterThan(100);
    const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
    expect(names).toEqual([...names].sort((a, b) => collator.compare(a, b)));
    const nameHeader = page.locator('th.col-name').first();
    await expect(nameHeader.getAttribute('aria-sort')).resolves.toBe('ascending');
    await nameHeader.locator('button').click();
    await expect(nameHeader.getAttribute('aria-sort')).resolves.toBe('descending');
    expect((await listNames(page))[0]).toBe(names.at(-1));
  });

  it('selects with the keyboard and the map follows (URL sel=, camera)', async () => {
    const atlas = await openAtlas(browser, '?lang=en&view=list');
    const { page } = atlas;
    await waitForIdle(page);
    const rows = rowLocator(page);
    await rows.first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const id = await rows.nth(2).getAttribute('data-id');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-id'))).resolves.toBe(id);
    const before = await page.evaluate(() => window.__atlas!.map.getCenter().toArray());
    await page.keyboard.press('Enter');
    await waitForParam(page, 'sel', id);
    await expect(rows.nth(2).getAttribute('aria-current')).resolves.toBe('true');
    await page.waitForFunction(
      (b) => {
        const m = window.__atlas!.map;
        const c = m.getCenter();
        return !m.isMoving() && Math.hypot(c.lng - b[0]!, c.lat - b[1]!) > 0.01;
      },
      before,
      { timeout: 15_000 },
    );
  });

  it('follows a click on the map: the row is highlighted and scrolled into view', async () => {
    const atlas = await openAtlas(browser, `?lang=en&view=list&map=7/${KHORGOS_AT[1]}/${KHORGOS_AT[0]}`);
    const { page } = atlas;
    await rowLocator(page).first().waitFor();
    await waitForIdle(page);
    // Past zoom 6 the legs' full geometry arrives after the first idle and the map's data is set again, and the list
    // beside the map may still change the map's size: project Khorgos afresh until it is drawn where it projects.
    const found = await page.waitForFunction(
      (ll) => {
        const m = window.__atlas!.map;
        const p = m.project(ll);
        const hit = m.queryRenderedFeatures([p.x, p.y]).some((f) => f.properties.id === 'khorgos');
        return hit && !m.isMoving() ? { x: p.x, y: p.y } : null;
      },
      KHORGOS_AT,
      { timeout: 15_000 },
    );
    const point = (await found.jsonValue())!;
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.click(box.x + point.x, box.y + point.y);
    await waitForParam(page, 'sel', 'khorgos');
    const row = page.locator('.list-table tbody tr[data-id="khorgos"]');
    await expect(row.getAttribute('aria-current')).resolves.toBe('true');
    const scroller = (await page.locator('.list-scroll').boundingBox())!;
    const rowBox = (await row.boundingBox())!;
    expect(rowBox.y).toBeGreaterThanOrEqual(scroller.y);
    expect(rowBox.y + rowBox.height).toBeLessThanOrEqual(scroller.y + scroller.height + 1);
    await screenshot(page, 'explore-list-synced-desktop');
  });

  it('reaches every kind of record: corridors, legs, places and projects', async () => {
    const atlas = await openAtlas(browser, '?lang=en&view=list');
    const { page } = atlas;
    await rowLocator(page).first().waitFor();
    const ids = await rowLocator(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
    for (const id of ['cr-express', 'titr', 'khorgos', 'port-aktau']) expect(ids).toContain(id);
    const kinds = new Set(await page.locator('.list-table td.col-kind').allTextContents());
    expect([...kinds].some((k) => k.endsWith(' leg'))).toBe(true);
    expect(kinds.has('Corridor')).toBe(true);
    expect(kinds.has('Seaport')).toBe(true);
  });
});

describe('the link is the state', () => {
  it('opens a link with filters, selection, language and view in exactly that state', async () => {
    const all = await openAtlas(browser, '?lang=ru&view=list');
    await rowLocator(all.page).first().waitFor();
    const everything = await rowLocator(all.page).count();

    const query = '?lang=ru&sel=khorgos&modes=rail&view=list';
    const atlas = await openAtlas(browser, query);
    const { page } = atlas;
    await rowLocator(page).first().waitFor();
    await expect(page.locator('#panel-tab-list').getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.locator('#panel-tab-list').textContent()).resolves.toBe('Список');
    const row = page.locator('.list-table tbody tr[data-id="khorgos"]');
    await expect(row.getAttribute('aria-current')).resolves.toBe('true');
    await expect(row.locator('th').textContent()).resolves.toBe(khorgos.properties.names.ru);
    const railOnly = await rowLocator(page).count();
    expect(railOnly).toBeLessThan(everything);
    const kinds = await page.locator('.list-table td.col-kind').allTextContents();
    expect(kinds.some((k) => /автомоб/i.test(k))).toBe(false);
    const params = new URL(page.url()).searchParams;
    expect([params.get('lang'), params.get('sel'), params.get('modes'), params.get('view')]).toEqual([
      'ru',
      'khorgos',
      'rail',
      'list',
    ]);
  });

  it('steps back and forward through view and selection changes', async () => {
    const atlas = await openAtlas(browser, '?lang=en');
    const { page } = atlas;
    await waitForIdle(page);
    await openList(page);
    await waitForParam(page, 'view', 'list');
    await rowLocator(page).nth(1).click();
    const id = await rowLocator(page).nth(1).getAttribute('data-id');
    await waitForParam(page, 'sel', id);
    await page.locator('#panel-tab-details').click();
    await waitForParam(page, 'view', null);
    // The details' code loads when first shown.
    await detailsTitle(page).waitFor();

    await page.goBack();
    await waitForParam(page, 'view', 'list');
    expect(urlParam(page, 'sel')).toBe(id);
    await expect(page.locator(`.list-table tbody tr[data-id="${id}"]`).getAttribute('aria-current')).resolves.toBe(
      'true',
    );
    await page.goBack();
    await waitForParam(page, 'sel', null);
    await expect(page.locator('#panel-tab-list').getAttribute('aria-selected')).resolves.toBe('true');
    await page.goForward();
    await waitForParam(page, 'sel', id);
    await page.goForward();
    await waitForParam(page, 'view', null);
    await expect(page.locator('#panel-tab-details').getAttribute('aria-selected')).resolves.toBe('true');
  });
});

describe('language', () => {
  it('switches the list and the details panel', async () => {
    const atlas = await openAtlas(browser, '?lang=en&sel=khorgos');
    const { page } = atlas;
    await expect(detailsTitle(page).textContent()).resolves.toBe('Khorgos');
    await page.getByLabel('Language').selectOption('zh');
    // The page turns Chinese once the Chinese strings have arrived (they load when first chosen).
    await page.locator('html[lang="zh-Hans"]').waitFor({ state: 'attached' });
    await expect(detailsTitle(page).textContent()).resolves.toBe(khorgos.properties.names.zh);
    await openList(page);
    await expect(page.locator('#panel-tab-list').textContent()).resolves.toBe('列表');
    await expect(page.locator('th.col-name button').textContent()).resolves.toContain('名称');
    await expect(page.locator('.list-table tbody tr[data-id="khorgos"] th').textContent()).resolves.toBe(
      khorgos.properties.names.zh,
    );
    await waitForIdle(page);
    await screenshot(page, 'explore-list-zh-desktop');
  });
});

describe('export', () => {
  it('saves the shown records as GeoJSON and CSV with the same records, three languages and sources', async () => {
    const atlas = await openAtlas(browser, '?lang=en&view=list&status=planned,proposed');
    const { page } = atlas;
    await rowLocator(page).first().waitFor();
    const shownIds = (await rowLocator(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')))).sort();

    const geo = await exportFile(page, 0);
    expect(geo.name).toMatch(/^corridor-atlas-\d{4}-\d{2}-\d{2}\.geojson$/);
    const fc = JSON.parse(geo.body.toString('utf8')) as {
      type: string;
      features: { id: string; geometry: unknown; properties: Record<string, unknown> }[];
    };
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => f.id).sort()).toEqual(shownIds);
    for (const f of fc.features) {
      expect(['planned', 'proposed']).toContain(f.properties.status);
      expect(typeof f.properties.name_zh).toBe('string');
      expect(typeof f.properties.name_ru).toBe('string');
      expect(String(f.properties.sources).length).toBeGreaterThan(0);
    }

    const csv = await exportFile(page, 1);
    expect(csv.name).toMatch(/\.csv$/);
    expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = readCsv(csv.body.toString('utf8').slice(1));
    const header = rows[0]!;
    expect(header.slice(0, 6)).toEqual(['type', 'id', 'kind', 'name_en', 'name_zh', 'name_ru']);
    expect(
      rows
        .slice(1)
        .map((r) => r[1])
        .sort(),
    ).toEqual(shownIds);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
    const status = header.indexOf('status');
    expect(new Set(rows.slice(1).map((r) => r[status]))).toEqual(new Set(['planned', 'proposed']));
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('saves the view as a PNG with the map, a legend and the attribution', async () => {
    const atlas = await openAtlas(browser, '?lang=en&map=3.5/44/72');
    const { page } = atlas;
    await waitForIdle(page);
    const canvas = await page.evaluate(() => {
      const c = window.__atlas!.map.getCanvas();
      return { width: c.width, height: c.height };
    });
    const png = await exportFile(page, 2);
    expect(png.name).toMatch(/\.png$/);
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(`${SCREENSHOTS}/export-desktop.png`, png.body);
    const size = pngSize(png.body);
    expect(size.width).toBe(canvas.width);
    expect(size.height).toBeGreaterThan(canvas.height + 100);
    const mapTop = 52 / size.height;
    const mapBottom = (52 + canvas.height) / size.height;
    const [title, map, legend] = await pngBands(page, png.body, [
      [0, mapTop],
      [mapTop + 0.01, mapBottom - 0.01],
      [mapBottom + 0.005, 1],
    ]);
    expect(title!.inked).toBeGreaterThan(0.01);
    expect(map!.distinctColours).toBeGreaterThan(100);
    expect(legend!.distinctColours).toBeGreaterThan(10);
    expect(legend!.inked).toBeGreaterThan(0.01);
    expect(atlas.consoleErrors).toEqual([]);
  });
});

describe('embedding the map', () => {
  it('gives the embed code of the map view as it is, which opens without the header and panels', async () => {
    const { page } = await openAtlas(browser, '?lang=en&map=5/40/70&modes=rail');
    await waitForIdle(page);
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    const code = await page.locator('.explore-embed .embed-code code').innerText();
    expect(code).toMatch(/^<iframe src="[^"]*\?[^"]*map=5(%2F|\/)40(%2F|\/)70[^"]*#embed" title="Corridor Atlas"/);
    expect(code).toContain('modes=rail');
    const src = /src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&');
    const embed = await openAtlas(browser, src.slice(src.indexOf('?')));
    await waitForIdle(embed.page);
    expect(await embed.page.locator('.header').count()).toBe(0);
    expect(await embed.page.locator('.side-panel').count()).toBe(0);
    await screenshot(embed.page, 'embed-map-view');
  });
});

describe('phone at 390×844', () => {
  it('searches, lists and selects on the bottom sheet', async () => {
    const atlas = await openAtlas(browser, '?lang=en', { width: 390, height: 844 });
    const { page } = atlas;
    await waitForIdle(page);
    const box = page.locator('input[role="combobox"]');
    await box.fill('Horgos');
    await page.locator('[role="option"]').first().waitFor();
    await screenshot(page, 'explore-search-phone');
    await box.press('Enter');
    await waitForParam(page, 'sel', 'khorgos');
    await expect(detailsTitle(page).textContent()).resolves.toBe('Khorgos');
    await waitForCameraNear(page, KHORGOS_AT);
    await screenshot(page, 'explore-details-phone');
    const sheet = (await page.getByRole('complementary').boundingBox())!;
    expect(sheet.y + sheet.height).toBeGreaterThan(840);

    await openList(page);
    const row = page.locator('.list-table tbody tr[data-id="khorgos"]');
    await expect(row.isVisible()).resolves.toBe(true);
    await row.focus();
    await page.keyboard.press('ArrowDown');
    const next = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    await page.keyboard.press('Enter');
    await waitForParam(page, 'sel', next ?? null);
    await waitForIdle(page);
    await screenshot(page, 'explore-list-phone');
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('exports the table and the picture from the bottom sheet', async () => {
    const atlas = await openAtlas(browser, '?lang=en&view=list', { width: 390, height: 844 });
    const { page } = atlas;
    await rowLocator(page).first().waitFor();
    await waitForIdle(page);
    const csv = await exportFile(page, 1);
    expect(readCsv(csv.body.toString('utf8').slice(1)).length).toBe((await rowLocator(page).count()) + 1);
    const png = await exportFile(page, 2);
    writeFileSync(`${SCREENSHOTS}/export-phone.png`, png.body);
    expect(pngSize(png.body).width).toBe(await page.evaluate(() => window.__atlas!.map.getCanvas().width));
    expect(atlas.consoleErrors).toEqual([]);
  });
});
