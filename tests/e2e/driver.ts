// A small domain driver so specs read as what a user does: open the atlas, wait for the map, look at pixels.
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium';
import { inject } from 'vitest';

/** Where the production build is served for this run (a free port chosen by tests/e2e/server.ts). */
export const ORIGIN = inject('origin');
export const SCREENSHOTS = 'test-results/screenshots';

export const launch = launchChromium;

declare global {
  interface Window {
    /** The last frame the driver copied from the map (see copyFrame). */
    __frame?: HTMLCanvasElement;
  }
}

export interface Atlas {
  page: Page;
  consoleErrors: string[];
  /** Every URL the page asked for that is not on the app's own origin. */
  foreignRequests: string[];
}

export interface OpenOptions {
  width?: number;
  height?: number;
  locale?: string;
  reducedMotion?: 'reduce' | 'no-preference';
  /** Lets the service worker run (the offline tests); other tests block it so route interception sees every request. */
  serviceWorkers?: boolean;
  /** Lets a test break a file on purpose (a missing or corrupt basemap). */
  intercept?: (page: Page) => Promise<unknown>;
}

/** Contexts opened by the test that is running; closed after it whether it passed or failed (tests/e2e/setup.ts). */
const openContexts = new Set<BrowserContext>();

export async function closeOpenContexts(): Promise<void> {
  const contexts = [...openContexts];
  openContexts.clear();
  await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
}

export async function openAtlas(browser: Browser, query = '', options: OpenOptions = {}): Promise<Atlas> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    locale: options.locale ?? 'en-GB',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    serviceWorkers: options.serviceWorkers ? 'allow' : 'block',
  });
  openContexts.add(context);
  context.once('close', () => openContexts.delete(context));
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(ORIGIN) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  if (options.intercept) await options.intercept(page);
  await page.goto(`${ORIGIN}/${query}`);
  return { page, consoleErrors, foreignRequests };
}

/** Resolves when MapLibre reports `idle`: style, tiles and sources loaded, no transition running. */
export async function waitForIdle(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(() => Boolean(window.__atlas?.map), undefined, { timeout });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__atlas!.map;
        const done = () => resolve();
        if (map.loaded() && map.areTilesLoaded() && !map.isMoving()) {
          // Already idle: ask for one more frame so a pending repaint has happened.
          map.once('idle', done);
          map.triggerRepaint();
        } else map.once('idle', done);
      }),
  );
}

/** Redraws the map once and copies that frame into `window.__frame` while it is drawn. */
function copyFrame(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__atlas!.map;
        map.once('render', () => {
          const src = map.getCanvas();
          const c = document.createElement('canvas');
          c.width = src.width;
          c.height = src.height;
          c.getContext('2d', { willReadFrequently: true })!.drawImage(src, 0, 0);
          window.__frame = c;
          resolve();
        });
        map.triggerRepaint();
      }),
  );
}

export interface PixelStats {
  distinctColours: number;
  meanLuma: number;
  stdLuma: number;
}

/**
 * Colour statistics of the map canvas, read in the page inside a frame's `render` event: the map does not keep its
 * drawing buffer, so the canvas holds the picture only while the frame is drawn.
 */
export async function canvasStats(page: Page): Promise<PixelStats> {
  await copyFrame(page);
  return page.evaluate(() => {
    const c = window.__frame!;
    const ctx = c.getContext('2d')!;
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    const colours = new Set<number>();
    let sum = 0;
    let sumSq = 0;
    let n = 0;
    for (let i = 0; i < data.length; i += 4 * 7) {
      const r = data[i]!,
        g = data[i + 1]!,
        b = data[i + 2]!;
      colours.add((r << 16) | (g << 8) | b);
      const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
      sum += y;
      sumSq += y * y;
      n++;
    }
    const mean = sum / n;
    return { distinctColours: colours.size, meanLuma: mean, stdLuma: Math.sqrt(sumSq / n - mean * mean) };
  });
}

/** The colour the map draws at a geographic point, as [r, g, b]. */
export async function colourAt(page: Page, lngLat: [number, number]): Promise<[number, number, number]> {
  await copyFrame(page);
  return page.evaluate((ll) => {
    const map = window.__atlas!.map;
    const p = map.project(ll);
    const c = window.__frame!;
    const ratio = c.width / map.getCanvas().clientWidth;
    const ctx = c.getContext('2d')!;
    const d = ctx.getImageData(Math.round(p.x * ratio), Math.round(p.y * ratio), 1, 1).data;
    return [d[0]!, d[1]!, d[2]!] as [number, number, number];
  }, lngLat);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = `${SCREENSHOTS}/${name}.png`;
  await page.screenshot({ path });
  return path;
}

export function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function colourDistance(a: readonly number[], b: readonly number[]): number {
  return Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
}
