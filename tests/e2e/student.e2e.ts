// A student reading the atlas: words like "break of gauge" explain themselves on hover, keyboard focus and tap,
// the search finds glossary terms, and one action shows only the corridor being read about.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEG_DRAWN_LAYERS } from '../../src/layers/corridor-style';
import { openAtlas, screenshot, waitForIdle } from './driver';
import { searchAndChoose } from './explore-driver';

let browser: Browser;
beforeAll(async () => {
  browser = await (await import('./driver')).launch();
});
afterAll(async () => browser?.close());

describe('the glossary', () => {
  it('explains a term in the details on hover and keyboard focus, with its source (desktop)', async () => {
    const { page, consoleErrors } = await openAtlas(browser, '?lang=en&sel=khorgos');
    const term = page.locator('.details-summary .glossary-word').first();
    await term.waitFor();
    const tipId = await term.getAttribute('aria-describedby');
    const tip = page.locator(`[id="${tipId}"]`);
    expect(await tip.isVisible()).toBe(false);
    await term.hover();
    await tip.waitFor({ state: 'visible' });
    expect(await tip.getAttribute('role')).toBe('tooltip');
    expect(await tip.textContent()).toMatch(/Source: .+\(\d{4}/);
    await screenshot(page, 'glossary-hover-desktop');
    await page.mouse.move(5, 400);
    await tip.waitFor({ state: 'hidden' });
    await term.focus();
    await tip.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden' });
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('opens on a tap on a phone, in Chinese', async () => {
    const { page } = await openAtlas(browser, '?lang=zh&sel=khorgos', { width: 390, height: 844 });
    const term = page.locator('.details-summary .glossary-word').first();
    await term.waitFor();
    await term.scrollIntoViewIfNeeded();
    await term.click();
    const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
    await tip.waitFor({ state: 'visible' });
    expect(await tip.textContent()).toMatch(/来源/);
    await screenshot(page, 'glossary-tap-phone');
    await page.context().close();
  });

  for (const size of [
    { name: 'desktop', width: 1280, height: 800 },
    { name: 'phone', width: 390, height: 844 },
  ])
    it(`shows every explanation in the details whole, inside the panel (${size.name})`, async () => {
      const { page } = await openAtlas(browser, '?lang=en&sel=khorgos', size);
      const terms = page.locator('.details .glossary-word');
      await terms.first().waitFor();
      const count = await terms.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const term = terms.nth(i);
        await term.scrollIntoViewIfNeeded();
        await term.focus();
        const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
        await tip.waitFor({ state: 'visible' });
        const [t, p] = await Promise.all([tip.boundingBox(), page.locator('.side-panel').boundingBox()]);
        if (i === count - 1) await screenshot(page, `glossary-edge-${size.name}`);
        expect(t!.x).toBeGreaterThanOrEqual(p!.x);
        expect(t!.x + t!.width).toBeLessThanOrEqual(p!.x + p!.width);
        expect(t!.x + t!.width).toBeLessThanOrEqual(size.width);
        await page.keyboard.press('Escape');
      }
      await page.context().close();
    });

  for (const size of [
    { name: 'desktop', width: 1280, height: 800 },
    { name: 'phone', width: 390, height: 844 },
  ]) {
    it(`finds "dry port" and "ШОС" in the search and explains them (${size.name})`, async () => {
      const { page } = await openAtlas(browser, '?lang=en', size);
      await searchAndChoose(page, 'dry port');
      const card = page.locator('.glossary-card');
      await card.waitFor();
      expect(await card.textContent()).toMatch(/inland terminal.*UN ESCAP/s);
      await screenshot(page, `glossary-search-${size.name}`);
      await card.getByRole('button').click();
      await searchAndChoose(page, 'ШОС');
      expect(await page.locator('.glossary-card h2').textContent()).toMatch(/SCO/);
      await page.context().close();
    });
  }
});

describe('show only this corridor', () => {
  it('takes one press in the legend and one in a corridor’s details, and one to show all again', async () => {
    const { page } = await openAtlas(browser, '?lang=en');
    await waitForIdle(page);
    const drawn = () =>
      page.evaluate((layers) => window.__atlas!.map.queryRenderedFeatures({ layers }), [...LEG_DRAWN_LAYERS]);
    const corridorsOf = async () => new Set((await drawn()).map((f) => String(f.properties.corridor)));
    expect((await corridorsOf()).size).toBeGreaterThan(5);
    await page
      .getByRole('button', { name: 'Show only Trans-Caspian International Transport Route (Middle Corridor)' })
      .click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('corridors')?.startsWith('titr'));
    await waitForIdle(page);
    await screenshot(page, 'focus-corridor-desktop');
    const only = await drawn();
    expect(only.length).toBeGreaterThan(3);
    expect(only.every((f) => String(f.properties.corridor).startsWith('titr'))).toBe(true);
    await page.getByRole('button', { name: 'Show all corridors' }).first().click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('corridors'));
    await page.context().close();
  });

  it('works from a corridor’s details on a phone', async () => {
    const { page } = await openAtlas(browser, '?lang=en&sel=instc', { width: 390, height: 844 });
    await page.getByRole('button', { name: 'Show only this corridor' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('corridors')?.startsWith('instc'));
    await waitForIdle(page);
    await screenshot(page, 'focus-corridor-phone');
    await page.context().close();
  });
});

describe('two years compared', () => {
  it('lists what opened between 2010 and 2020 and makes it glow on the map, from a shared link', async () => {
    const { page, consoleErrors } = await openAtlas(browser, '?lang=en&year=2020&since=2010&map=3.4/44/75');
    await waitForIdle(page);
    const heading = page.getByRole('heading', { name: 'From 2010 to 2020' });
    await heading.scrollIntoViewIfNeeded();
    const opened = page.getByRole('heading', { name: /^Opened \(\d+\)$/ });
    expect(Number((await opened.textContent())!.match(/\d+/)![0])).toBeGreaterThan(5);
    // Khorgos–Altynkol's railway opened in 2012: listed, and drawn with the change glow.
    const glowing = await page.evaluate(
      () =>
        window
          .__atlas!.map.queryRenderedFeatures({ layers: ['atlas-legs-highlight', 'atlas-places-highlight'] })
          .filter((f) => f.properties.changed).length,
    );
    expect(glowing).toBeGreaterThan(0);
    await screenshot(page, 'years-compared-desktop');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe('the measure tool', () => {
  for (const size of [
    { name: 'desktop', width: 1280, height: 800, map: '5/42.5/72.5' },
    { name: 'phone', width: 390, height: 844, map: '3.9/44/73.1' },
  ])
    it(`measures Almaty to Tashkent as the crow flies and along the railway (${size.name})`, async () => {
      const { page, consoleErrors } = await openAtlas(browser, `?lang=en&map=${size.map}`, size);
      await waitForIdle(page);
      await page.getByRole('button', { name: 'Measure' }).click();
      await page.getByText('Click two points on the map.').waitFor();
      for (const p of [
        [76.95, 43.25],
        [69.28, 41.3],
      ]) {
        const xy = await page.evaluate((lngLat) => window.__atlas!.map.project(lngLat as [number, number]), p);
        const box = (await page.locator('.map').boundingBox())!;
        await page.mouse.click(box.x + xy.x, box.y + xy.y);
      }
      const answer = page.locator('.measure-answer');
      await answer.getByText(/Along the network/).waitFor();
      const text = (await answer.textContent())!;
      const crow = Number(text.match(/crow flies: ([\d,]+) km/)![1]!.replace(/,/g, ''));
      const along = Number(text.match(/network: ([\d,]+) km/)![1]!.replace(/,/g, ''));
      // Almaty–Tashkent is about 680 km as the crow flies; the railway runs further, round by Shymkent.
      expect(crow).toBeGreaterThan(640);
      expect(crow).toBeLessThan(720);
      expect(along).toBeGreaterThan(crow);
      expect(text).toMatch(/Almaty → Tashkent/);
      await waitForIdle(page);
      await screenshot(page, `measure-${size.name}`);
      // A click while measuring does not select a record.
      expect(await page.evaluate(() => new URL(location.href).searchParams.get('sel'))).toBeNull();
      await page.getByRole('button', { name: 'Stop measuring' }).click();
      expect(await answer.count()).toBe(0);
      expect(consoleErrors).toEqual([]);
      await page.context().close();
    });
});
