// Load benchmark: navigation → first map `idle` for the app and for a bare MapLibre + React page with the same basemap,
// alternated in one run so machine noise hits both; plus the first view's bytes (gzip) by kind.
// Usage: npm run bench:load [-- --runs 7] [--save file.json] [--baseline file.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { preview, type PreviewServer } from 'vite';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const RUNS = Number(opt('runs') ?? 7);

async function serve(outDir: string, port: number): Promise<PreviewServer> {
  return preview({
    configFile: false,
    root: process.cwd(),
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
}

// Catches the map the moment the page publishes it, so the first idle is never missed. A string, not a function:
// tsx would wrap a function with helpers that do not exist in the page.
const RECORD_IDLE = `
  let value;
  Object.defineProperty(window, '__atlas', {
    configurable: true,
    get: () => value,
    set: (v) => {
      value = v;
      v.map.once('idle', () => { window.__idleAt = performance.now(); });
    },
  });
`;

interface Sample {
  idleMs: number;
  bytes: Record<string, { raw: number; gzip: number; files: number }>;
  /** Each file downloaded before the first idle, with its gzip size. */
  files: { path: string; gzip: number }[];
}

function kindOf(url: string): string {
  const path = new URL(url).pathname;
  if (path.includes('/basemap/')) return 'basemap';
  if (/\.(geo)?json$/.test(path)) return 'data';
  if (/\.m?js$/.test(path)) return 'js';
  if (path.endsWith('.css')) return 'css';
  return 'other';
}

/** The desktop and the phone sizes the budget is set for. */
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;

async function measure(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number } = VIEWPORTS[0],
): Promise<Sample> {
  const context = await browser.newContext({ viewport });
  const page: Page = await context.newPage();
  const bytes: Sample['bytes'] = {};
  const files: Sample['files'] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (r) => {
    pending.push(
      r
        .body()
        .then((body) => {
          const k = kindOf(r.url());
          const b = (bytes[k] ??= { raw: 0, gzip: 0, files: 0 });
          const gzip = gzipSync(body, { level: 9 }).length;
          b.raw += body.length;
          b.gzip += gzip;
          files.push({ path: new URL(r.url()).pathname, gzip });
          b.files += 1;
        })
        .catch(() => undefined),
    );
  });
  await page.addInitScript({ content: RECORD_IDLE });
  await page.goto(url);
  const idleMs = await page.waitForFunction(() => (window as unknown as { __idleAt?: number }).__idleAt, undefined, {
    timeout: 60_000,
  });
  const value = (await idleMs.jsonValue()) as number;
  await Promise.all(pending);
  await context.close();
  return { idleMs: value, bytes, files };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

async function main() {
  const app = await serve('dist-e2e', 4175);
  const bare = await serve('dist-bench', 4176);
  const browser = await launchChromium();
  const samples: Record<'app' | 'bare', Sample[]> = { app: [], bare: [] };
  const phone: Record<'app' | 'bare', Sample | null> = { app: null, bare: null };
  try {
    // One warm-up of each so disk caches do not favour whichever runs second.
    await measure(browser, 'http://127.0.0.1:4175/?lang=en');
    await measure(browser, 'http://127.0.0.1:4176/');
    for (let i = 0; i < RUNS; i++) {
      const order: ('app' | 'bare')[] = i % 2 ? ['bare', 'app'] : ['app', 'bare'];
      for (const which of order) {
        const url = which === 'app' ? 'http://127.0.0.1:4175/?lang=en' : 'http://127.0.0.1:4176/';
        samples[which].push(await measure(browser, url));
      }
    }
    phone.app = await measure(browser, 'http://127.0.0.1:4175/?lang=en', VIEWPORTS[1]);
    phone.bare = await measure(browser, 'http://127.0.0.1:4176/', VIEWPORTS[1]);
  } finally {
    await browser.close();
    await app.close();
    await bare.close();
  }
  const result = {
    runs: RUNS,
    appIdleMedianMs: Math.round(median(samples.app.map((s) => s.idleMs))),
    bareIdleMedianMs: Math.round(median(samples.bare.map((s) => s.idleMs))),
    appIdleMs: samples.app.map((s) => Math.round(s.idleMs)),
    bareIdleMs: samples.bare.map((s) => Math.round(s.idleMs)),
    firstViewBytes: samples.app[0]?.bytes ?? {},
    bareFirstViewBytes: samples.bare[0]?.bytes ?? {},
    phoneFirstViewBytes: phone.app?.bytes ?? {},
    phoneBareFirstViewBytes: phone.bare?.bytes ?? {},
  };
  console.log(`navigation → idle, median of ${RUNS} (1280×800, software WebGL)`);
  console.log(`  app   ${result.appIdleMedianMs} ms   runs ${result.appIdleMs.join(' ')}`);
  console.log(`  bare  ${result.bareIdleMedianMs} ms   runs ${result.bareIdleMs.join(' ')}`);
  console.log(`  ratio app / bare ${(result.appIdleMedianMs / result.bareIdleMedianMs).toFixed(2)}`);
  const table = (title: string, bytes: Sample['bytes']) => {
    console.log(title);
    let total = 0;
    for (const [k, b] of Object.entries(bytes)) {
      total += b.gzip;
      console.log(
        `  ${k.padEnd(8)} ${kib(b.gzip).padStart(11)} gzip  ${kib(b.raw).padStart(11)} raw  ${b.files} files`,
      );
    }
    console.log(`  ${'total'.padEnd(8)} ${kib(total).padStart(11)} gzip`);
  };
  table('first view bytes, app 1280×800:', result.firstViewBytes);
  if (args.includes('--files'))
    for (const f of samples.app[0]?.files ?? []) console.log(`    ${kib(f.gzip).padStart(11)}  ${f.path}`);
  table('first view bytes, bare 1280×800:', result.bareFirstViewBytes);
  table('first view bytes, app 390×844:', result.phoneFirstViewBytes);
  table('first view bytes, bare 390×844:', result.phoneBareFirstViewBytes);
  // The budget the first-view issue set: 1.1 times the bare MapLibre + React page, at each size.
  const sum = (bytes: Sample['bytes']) => Object.values(bytes).reduce((n, b) => n + b.gzip, 0);
  for (const [size, app, bare] of [
    ['1280×800', result.firstViewBytes, result.bareFirstViewBytes],
    ['390×844', result.phoneFirstViewBytes, result.phoneBareFirstViewBytes],
  ] as const)
    console.log(`budget ${size}: app ${kib(sum(app))} against 1.1 × bare = ${kib(1.1 * sum(bare))}`);
  const base = opt('baseline');
  if (base) {
    const prev = JSON.parse(readFileSync(base, 'utf8')) as typeof result;
    console.log(`against baseline ${base}:`);
    console.log(`  app  ${prev.appIdleMedianMs} → ${result.appIdleMedianMs} ms`);
    console.log(`  bare ${prev.bareIdleMedianMs} → ${result.bareIdleMedianMs} ms`);
  }
  const save = opt('save');
  if (save) writeFileSync(save, JSON.stringify(result, null, 2) + '\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
