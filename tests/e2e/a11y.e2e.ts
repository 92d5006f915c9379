// Accessibility as axe-core and a keyboard user meet the atlas: desk and phone, details and list open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openAtlas, screenshot, waitForIdle } from './driver';
import { bypassCsp, rowLocator, runAxe, searchAndChoose, type AxeViolation } from './explore-driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const VIEWS = [
  { name: 'details', query: '?lang=en&sel=khorgos', ready: (p: Page) => p.locator('#details-title').waitFor() },
  { name: 'list', query: '?lang=en&sel=khorgos&view=list', ready: (p: Page) => rowLocator(p).first().waitFor() },
] as const;

const byImpact = (vs: AxeViolation[]) =>
  vs.reduce<Record<string, number>>(
    (acc, v) => ({ ...acc, [v.impact ?? 'none']: (acc[v.impact ?? 'none'] ?? 0) + 1 }),
    {},
  );

describe('axe-core finds no serious or critical violation', () => {
  for (const size of SIZES)
    for (const view of VIEWS)
      it(`at ${size.width}×${size.height} with the ${view.name} open`, async () => {
        const atlas = await openAtlas(browser, view.query, { ...size, intercept: bypassCsp });
        const { page } = atlas;
        await waitForIdle(page);
        // Phones start with the sheet closed; the reader opens it.
        const open = page.getByRole('button', { name: 'Open panel' });
        if (await open.isVisible()) await open.click();
        await view.ready(page);
        const violations = await runAxe(page);
        console.log(
          `axe ${size.name} ${view.name}:`,
          JSON.stringify(byImpact(violations)),
          JSON.stringify(violations, null, 1),
        );
        await screenshot(page, `a11y-${view.name}-${size.name}`);
        const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(severe).toEqual([]);
      });
});

interface Stop {
  tag: string;
  role: string | null;
  label: string;
  /** A focus ring: an outline or a box shadow drawn while focused. */
  ring: boolean;
}

/** Presses Tab `n` times and describes each element that took the focus. */
async function tabStops(page: Page, n: number): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < n; i++) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const css = getComputedStyle(el);
        const ring = (css.outlineStyle !== 'none' && parseFloat(css.outlineWidth) > 0) || css.boxShadow !== 'none';
        const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
        return { tag: el.tagName.toLowerCase(), role: el.getAttribute('role'), label, ring };
      }),
    );
  }
  return stops;
}

describe('keyboard', () => {
  it('reaches search, language, panel, tabs, export and the list by Tab, each with a visible focus ring', async () => {
    const atlas = await openAtlas(browser, '?lang=en&view=list');
    const { page } = atlas;
    await rowLocator(page).first().waitFor();
    // Past the last control the focus leaves the page for the browser's own UI and comes back to <body>.
    const stops = (await tabStops(page, 40)).filter((s) => s.tag !== 'body');
    const without = stops.filter((s) => !s.ring);
    expect(without).toEqual([]);
    const roles = stops.map((s) => s.role);
    expect(roles).toContain('combobox');
    expect(roles).toContain('tab');
    expect(stops.some((s) => s.tag === 'select')).toBe(true);
    expect(stops.some((s) => s.label.startsWith('Export'))).toBe(true);
    expect(stops.some((s) => s.tag === 'tr')).toBe(true);
  });

  it('runs the export menu by keyboard: arrows move, Escape returns to the button', async () => {
    const atlas = await openAtlas(browser, '?lang=en');
    const { page } = atlas;
    const button = page.locator('.export-menu > button');
    await button.waitFor();
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('.export-menu > button')?.disabled);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('true');
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent);
    await expect(focusedText()).resolves.toBe('GeoJSON of shown records');
    await page.keyboard.press('ArrowUp');
    await expect(focusedText()).resolves.toBe('Download the data: CSV (all records, CC BY 4.0)');
    await page.keyboard.press('Escape');
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.evaluate(() => document.activeElement?.classList.contains('export-menu'))).resolves.toBe(false);
    await expect(focusedText()).resolves.toContain('Export');
  });
});

describe('reduced motion', () => {
  it('jumps to a chosen place instead of flying when the reader asks for less motion', async () => {
    const atlas = await openAtlas(browser, '?lang=en', { reducedMotion: 'reduce' });
    const { page } = atlas;
    await waitForIdle(page);
    await searchAndChoose(page, 'Khorgos');
    // Two frames after the choice the camera has already arrived: nothing was animated.
    const camera = await page.evaluate(
      () =>
        new Promise<{ moving: boolean; lng: number; lat: number }>((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const map = window.__atlas!.map;
              const c = map.getCenter();
              resolve({ moving: map.isMoving(), lng: c.lng, lat: c.lat });
            }),
          ),
        ),
    );
    expect(camera.moving).toBe(false);
    expect(Math.abs(camera.lng - 80.37)).toBeLessThan(1);
    expect(Math.abs(camera.lat - 44.23)).toBeLessThan(1);
  });
});
