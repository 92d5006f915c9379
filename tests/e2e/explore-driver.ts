// What a reader does with search, the list, export and assistive tech, as driver steps for the specs.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** The header's place search; the Route tab's place fields are comboboxes too, so it is named by its own box. */
export const SEARCH_BOX = '.search > input[role="combobox"]';

/** Types a query into the header's search, waits for its own suggestions and takes the first with Enter. */
export async function searchAndChoose(page: Page, query: string): Promise<void> {
  const box = page.locator(SEARCH_BOX);
  await box.click();
  await box.fill(query);
  await page
    .locator(`#${await box.getAttribute('aria-controls')} [role="option"]`)
    .first()
    .waitFor();
  await box.press('Enter');
}

export const urlParam = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

export async function waitForParam(page: Page, key: string, value: string | null): Promise<void> {
  await page.waitForFunction(
    ([k, v]) => new URL(window.location.href).searchParams.get(k!) === v,
    [key, value] as const,
    { timeout: 15_000 },
  );
}

/** Waits until the camera rests near a point (the fly after a choice has ended). */
export async function waitForCameraNear(page: Page, [lon, lat]: [number, number], within = 1): Promise<void> {
  await page.waitForFunction(
    ([x, y, d]) => {
      const map = window.__atlas?.map;
      if (!map || map.isMoving()) return false;
      const c = map.getCenter();
      return Math.abs(c.lng - x!) < d! && Math.abs(c.lat - y!) < d!;
    },
    [lon, lat, within] as const,
    { timeout: 15_000 },
  );
}

export const rowLocator = (page: Page) => page.locator('.list-table tbody tr');

export async function openList(page: Page): Promise<void> {
  await page.locator('#panel-tab-list').click();
  await rowLocator(page).first().waitFor();
}

export function listNames(page: Page): Promise<string[]> {
  return page.locator('.list-table tbody th').allTextContents();
}

export interface Downloaded {
  name: string;
  body: Buffer;
}

/**
 * Opens the export menu and takes item `n` (shown records: 0 GeoJSON, 1 CSV, 2 PNG, 3 PNG for slides, 4 PNG for
 * print; the whole data: 5 GeoJSON, 6 CSV), returning the file the browser saved.
 */
export async function exportFile(page: Page, n: 0 | 1 | 2 | 3 | 4 | 5 | 6): Promise<Downloaded> {
  await page.locator('.export-menu > button').click();
  const item = page.getByRole('menuitem').nth(n);
  await item.waitFor();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), item.click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), body: readFileSync(path) };
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
export function pngSize(png: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!png.subarray(0, 8).equals(signature)) throw new Error('not a PNG');
  if (png.toString('ascii', 12, 16) !== 'IHDR') throw new Error('PNG without IHDR first');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

export interface BandStats {
  distinctColours: number;
  /** Share of pixels that are not near-white. */
  inked: number;
}

/** Decodes a PNG in the page and measures horizontal bands of it (fractions of the height). */
export function pngBands(page: Page, png: Buffer, bands: [number, number][]): Promise<BandStats[]> {
  return page.evaluate(
    async ({ data, bands }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return bands.map(([from, to]) => {
        const y0 = Math.floor(from * c.height);
        const h = Math.max(1, Math.floor((to - from) * c.height));
        const { data: px } = ctx.getImageData(0, y0, c.width, h);
        const colours = new Set<number>();
        let inked = 0;
        let n = 0;
        for (let i = 0; i < px.length; i += 4 * 3) {
          const [r, g, b] = [px[i]!, px[i + 1]!, px[i + 2]!];
          colours.add((r << 16) | (g << 8) | b);
          if (r + g + b < 600) inked++;
          n++;
        }
        return { distinctColours: colours.size, inked: inked / n };
      });
    },
    { data: png.toString('base64'), bands },
  );
}

export { readCsv } from '../csv';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core in the page (the rules of WCAG 2.x A and AA and best practice). */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document);
    return (
      result.violations as { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[]
    ).map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 6).map((n) => n.target.join(' ')),
    }));
  });
}

/** Lets injected test scripts (axe) run despite the app's Content-Security-Policy. */
export async function bypassCsp(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setBypassCSP', { enabled: true });
}
