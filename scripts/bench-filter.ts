// Filter benchmark: the main thread's JavaScript time from a click on a legend toggle (a filter) to the map's next
// `idle`, with the real data and with 20,000 generated projects added to it. The time is Chromium's ScriptDuration
// (JavaScript only: style, layout and the GPU's drawing are not in it; MapLibre's own draw calls are).
// Usage: npm run bench:filter [-- --runs 7]   (reads the test build in dist-e2e/, built by `npm run bench:load`)
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { launchChromium } from './chromium';
import { PROJECT_KINDS, STATUSES } from '../src/data/vocab';

const args = process.argv.slice(2);
const at = args.indexOf('--runs');
const RUNS = Number(at >= 0 ? args[at + 1] : 7);
const GENERATED = 20_000;

/** Projects spread over the atlas's region, with the fields the view file carries. */
function generatedProjects(n: number): unknown[] {
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: n }, (_, i) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [30 + random() * 110, 15 + random() * 45] },
    properties: {
      id: `generated-${i}`,
      names: { zh: `项目 ${i}`, en: `Project ${i}`, ru: `Проект ${i}` },
      aliases: [],
      status: STATUSES[i % STATUSES.length],
      kind: PROJECT_KINDS[i % PROJECT_KINDS.length],
      countries: ['KAZ'],
      figures: [],
      sources: [],
      partners: [],
      improves: [],
      located: 'generated',
    },
  }));
}

async function withProjects(page: Page, n: number): Promise<void> {
  if (!n) return;
  await page.route('**/assets/atlas-view-*.json', async (route) => {
    const res = await route.fetch();
    const view = (await res.json()) as { projects: unknown[] };
    view.projects.push(...generatedProjects(n));
    await route.fulfill({ response: res, body: JSON.stringify(view) });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function scriptMs(page: Page, cdp: import('playwright-core').CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  void page;
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

async function run(projects: number): Promise<{ ms: number[]; features: number }> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await withProjects(page, projects);
    await page.goto('http://127.0.0.1:4177/?lang=en');
    await page.waitForFunction(() => {
      const a = (window as unknown as { __atlas?: { map: { loaded(): boolean } } }).__atlas;
      return a?.map.loaded();
    });
    const toggle = page.getByRole('button', { name: 'Rail', exact: false }).first();
    await toggle.waitFor();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const ms: number[] = [];
    for (let i = 0; i < RUNS * 2; i++) {
      await page.evaluate(() => {
        const w = window as unknown as {
          __atlas: { map: { once(e: string, f: () => void): void } };
          __idle?: Promise<void>;
        };
        w.__idle = new Promise((resolve) => w.__atlas.map.once('idle', () => resolve()));
      });
      const before = await scriptMs(page, cdp);
      await toggle.click();
      await page.evaluate(() => (window as unknown as { __idle: Promise<void> }).__idle);
      ms.push((await scriptMs(page, cdp)) - before);
    }
    const features = await page.evaluate(() => {
      const map = (window as unknown as { __atlas: { map: { querySourceFeatures(s: string): unknown[] } } }).__atlas
        .map;
      return map.querySourceFeatures('atlas-projects').length;
    });
    return { ms, features };
  } finally {
    await browser.close();
  }
}

async function main() {
  const server = await preview({
    configFile: false,
    root: process.cwd(),
    logLevel: 'warn',
    build: { outDir: 'dist-e2e' },
    preview: { host: '127.0.0.1', port: 4177, strictPort: true },
  });
  try {
    console.log(`filter click → map idle, main-thread JavaScript (ScriptDuration), median of ${RUNS * 2} clicks`);
    for (const n of [0, GENERATED]) {
      const { ms, features } = await run(n);
      const label = n ? `real data + ${n} projects` : 'real data';
      console.log(`  ${label.padEnd(28)} ${median(ms).toFixed(1)} ms   runs ${ms.map((m) => m.toFixed(0)).join(' ')}`);
      console.log(`  ${''.padEnd(28)} project features in the map's source tiles at the home view: ${features}`);
    }
  } finally {
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
