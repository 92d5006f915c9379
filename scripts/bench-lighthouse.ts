// Lighthouse benchmark: the performance score of the app and of the bare MapLibre page (same basemap, see
// tests/bench/bare), desktop and mobile, run alternately so machine noise hits both; medians side by side.
// Lighthouse is not a dependency: it runs through `npx --yes lighthouse@<version>` (fetched once into npm's cache),
// driving the system Chromium (CHROME_PATH, /usr/bin/chromium by default) headless with software WebGL.
// Usage: npm run bench:lighthouse [-- --runs 3]   (reads dist-e2e/ and dist-bench/, built by the npm script)
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { preview, type PreviewServer } from 'vite';

const run = promisify(execFile);
const args = process.argv.slice(2);
const at = args.indexOf('--runs');
const RUNS = Number(at >= 0 ? args[at + 1] : 3);
const LIGHTHOUSE = 'lighthouse@13.5.0';
const CHROME_FLAGS = '--headless=new --no-sandbox --enable-unsafe-swiftshader --use-angle=swiftshader';

async function serve(outDir: string, port: number): Promise<PreviewServer> {
  return preview({
    configFile: false,
    root: process.cwd(),
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
}

interface Result {
  score: number | null;
  tbt: number;
  lcp: number;
  /** Speed index: how soon the page looks finished, the other metric the map's frames decide. */
  si: number;
  error?: string;
}

async function lighthouse(url: string, form: 'desktop' | 'mobile', dir: string): Promise<Result> {
  const out = join(dir, `report-${Date.now()}.json`);
  const flags = [
    '--yes',
    LIGHTHOUSE,
    url,
    '--only-categories=performance',
    '--output=json',
    `--output-path=${out}`,
    '--quiet',
    `--chrome-flags=${CHROME_FLAGS}`,
    ...(form === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const env = { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' };
  try {
    await run('npx', flags, { env, maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    // Lighthouse exits non-zero on a page it could not measure; the report still says why.
    void e;
  }
  try {
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      categories: { performance: { score: number | null } };
      audits: Record<string, { numericValue?: number }>;
      runtimeError?: { code: string; message: string };
    };
    return {
      score: report.categories.performance.score,
      tbt: report.audits['total-blocking-time']?.numericValue ?? NaN,
      lcp: report.audits['largest-contentful-paint']?.numericValue ?? NaN,
      si: report.audits['speed-index']?.numericValue ?? NaN,
      error: report.runtimeError?.code,
    };
  } catch {
    return { score: null, tbt: NaN, lcp: NaN, si: NaN, error: 'no report' };
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function summary(results: Result[]): string {
  const scored = results.filter((r) => r.score !== null);
  const errors = [...new Set(results.map((r) => r.error).filter(Boolean))];
  if (!scored.length) return `not measured (${errors.join(', ') || 'no score'})`;
  const score = median(scored.map((r) => (r.score ?? 0) * 100)).toFixed(0);
  const tbt = median(scored.map((r) => r.tbt)).toFixed(0);
  const lcp = (median(scored.map((r) => r.lcp)) / 1000).toFixed(1);
  const si = (median(scored.map((r) => r.si)) / 1000).toFixed(1);
  const failed = results.length - scored.length;
  return `score ${score.padStart(3)}  TBT ${tbt.padStart(5)} ms  LCP ${lcp.padStart(5)} s  SI ${si.padStart(5)} s${failed ? `  (${failed} failed: ${errors.join(', ')})` : ''}`;
}

async function main() {
  const app = await serve('dist-e2e', 4181);
  const bare = await serve('dist-bench', 4182);
  const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  try {
    console.log(`Lighthouse performance (${LIGHTHOUSE}), median of ${RUNS}, app and bare page alternated`);
    for (const form of ['desktop', 'mobile'] as const) {
      const results: Record<'app' | 'bare', Result[]> = { app: [], bare: [] };
      for (let i = 0; i < RUNS; i++) {
        results.app.push(await lighthouse('http://127.0.0.1:4181/?lang=en', form, dir));
        results.bare.push(await lighthouse('http://127.0.0.1:4182/', form, dir));
      }
      console.log(`  ${form.padEnd(8)} app   ${summary(results.app)}`);
      console.log(`  ${''.padEnd(8)} bare  ${summary(results.bare)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await app.close();
    await bare.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
