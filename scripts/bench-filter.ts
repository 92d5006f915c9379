// Filter benchmark: the main thread's JavaScript from a click on a legend toggle (a filter) to the map's next `idle`,
// with the real data and with 20,000 generated projects added to it.
//
// Chromium's CPU profiler samples the main thread over each click → idle. A sample whose stack passes through
// MapLibre's frame (Map#_render: placement, uploads, draw calls) is rendering; every other JavaScript sample is the
// interaction's own work — the app's store update, React, building the layers, and MapLibre taking them (style diff,
// setFilter, setData, tiles back from its worker). The figure the issue budgets is that second one; rendering and
// garbage collection are printed beside it. The profiler's own overhead makes every figure a little high, never low.
// --top lists the functions that took the interaction's time (build with `--minify false` to read their names).
// Usage: npm run bench:filter [-- --runs 7] [--top]   (reads the test build in dist-e2e/: `npx vite build --mode e2e`)
import type { CDPSession, ElementHandle, Page } from 'playwright-core';
import { preview } from 'vite';
import { launchChromium } from './chromium';
import { generatedProjects } from './generated-projects';

const args = process.argv.slice(2);
const at = args.indexOf('--runs');
const RUNS = Number(at >= 0 ? args[at + 1] : 7);
/** With --top, the functions that took most of the interaction's time, summed over all clicks. */
const TOP = args.includes('--top');
const GENERATED = 20_000;
const PORT = 4177;

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

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Milliseconds of one click's main-thread time, by what it was spent on. */
interface Split {
  /** JavaScript outside MapLibre's frame: what the issue budgets. */
  interaction: number;
  /** JavaScript inside MapLibre's frame. */
  rendering: number;
  /** Garbage collection, wherever it struck. */
  gc: number;
  /** `interaction` by function (name and script), for --top. */
  byFunction: Map<string, number>;
}

/** Natives and the profiler's placeholders: not JavaScript. */
const NOT_SCRIPT = new Set(['(idle)', '(program)', '(root)']);

function split(profile: Profile): Split {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inRender = new Map<number, boolean>();
  const rendering = (id: number): boolean => {
    const known = inRender.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const value = node?.callFrame.functionName === '_render' || (up !== undefined && rendering(up));
    inRender.set(id, value);
    return value;
  };
  const out: Split = { interaction: 0, rendering: 0, gc: 0, byFunction: new Map() };
  profile.samples.forEach((id, i) => {
    // A sample's delta is the time since the previous one: it belongs to this sample's stack.
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const frame = byId.get(id)?.callFrame;
    if (!frame || NOT_SCRIPT.has(frame.functionName)) return;
    if (frame.functionName === '(garbage collector)') out.gc += ms;
    else if (rendering(id)) out.rendering += ms;
    else {
      out.interaction += ms;
      const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber}:${frame.columnNumber}`;
      out.byFunction.set(key, (out.byFunction.get(key) ?? 0) + ms);
    }
  });
  return out;
}

/**
 * A real mouse click on the button, located before the profile starts: finding it by its role runs the driver's
 * own script in the page. The button moves when the filter count above it changes.
 */
async function clickOnce(page: Page, cdp: CDPSession, button: ElementHandle): Promise<Profile> {
  const box = (await button.boundingBox())!;
  await page.evaluate(() => {
    const w = window as unknown as { __atlas: { map: { once(e: string, f: () => void): void } }; __idle?: unknown };
    w.__idle = new Promise<void>((resolve) => w.__atlas.map.once('idle', () => resolve()));
  });
  await cdp.send('Profiler.start');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(() => (window as unknown as { __idle: Promise<void> }).__idle);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  return profile;
}

async function run(projects: number): Promise<{ splits: Split[]; features: number }> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await withProjects(page, projects);
    await page.goto(`http://127.0.0.1:${PORT}/?lang=en`);
    await page.waitForFunction(() => {
      const a = (window as unknown as { __atlas?: { map: { loaded(): boolean } } }).__atlas;
      return a?.map.loaded();
    });
    const toggle = page.getByRole('button', { name: 'Rail', exact: false }).first();
    await toggle.scrollIntoViewIfNeeded();
    const button = (await toggle.elementHandle())!;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const splits: Split[] = [];
    // Each pair of clicks hides rail projects and shows them again.
    for (let i = 0; i < RUNS * 2; i++) splits.push(split(await clickOnce(page, cdp, button)));
    const features = await page.evaluate(() => {
      const map = (window as unknown as { __atlas: { map: { querySourceFeatures(s: string): unknown[] } } }).__atlas
        .map;
      return map.querySourceFeatures('atlas-project-points').length;
    });
    return { splits, features };
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
    preview: { host: '127.0.0.1', port: PORT, strictPort: true },
  });
  try {
    console.log(`filter click → map idle, main-thread time by CPU profile, median of ${RUNS * 2} clicks (ms)`);
    const row = (label: string, cells: string[]) =>
      console.log(`  ${label.padEnd(28)} ${cells.map((c) => c.padStart(15)).join('')}`);
    row('data', ['JS (no render)', 'rendering', 'GC']);
    for (const n of [0, GENERATED]) {
      const { splits, features } = await run(n);
      const label = n ? `real data + ${n} projects` : 'real data';
      const m = (k: Exclude<keyof Split, 'byFunction'>) => median(splits.map((s) => s[k])).toFixed(1);
      row(label, [m('interaction'), m('rendering'), m('gc')]);
      console.log(`  ${''.padEnd(28)} runs (JS, no render): ${splits.map((s) => s.interaction.toFixed(0)).join(' ')}`);
      if (TOP) {
        const total = new Map<string, number>();
        for (const s of splits) for (const [k, v] of s.byFunction) total.set(k, (total.get(k) ?? 0) + v);
        const top = [...total].sort((a, b) => b[1] - a[1]).slice(0, 15);
        for (const [k, v] of top) console.log(`      ${(v / splits.length).toFixed(1).padStart(7)} ms/click  ${k}`);
      }
      console.log(`  ${''.padEnd(28)} point features in the clustered source's tiles at the home view: ${features}`);
    }
  } finally {
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
