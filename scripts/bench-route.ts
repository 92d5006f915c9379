// npm run bench:route [-- --reps N] [--save run.json] [--baseline earlier.json]
// Times the route planner: network build, the best route alone and the full plan (with alternatives), on the real
// data (a fixed list of pairs) and on a generated network of 100,000 legs (seeded, so runs compare). Prints the
// median and 95th percentile per query in ms; with --baseline, the earlier run beside this one and their ratio.
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadGeoDataset, ROUTING_FILES } from '../src/data/load-node';
import { buildNetwork, planRoutes, type Network, type NetworkInput } from '../src/routing';
import { prng, syntheticDataset } from '../src/routing/synthetic';

const REAL_PAIRS: [string, string][] = [
  ['wuhan-wujiashan', 'tashkent'],
  ['xian', 'duisburg'],
  ['chongqing', 'duisburg'],
  ['zhengzhou', 'warsaw'],
  ['urumqi', 'moscow'],
  ['xian', 'tashkent'],
  ['kashgar', 'andijan'],
  ['lanzhou', 'port-poti'],
  ['almaty', 'istanbul'],
  ['moscow', 'port-jnpt'],
  ['bely-rast', 'port-shanghai'],
  ['port-lianyungang', 'almaty'],
  ['beijing', 'ulan-ude'],
  ['harbin', 'moscow'],
  ['tianjin', 'ulaanbaatar'],
  ['tehran', 'moscow'],
  ['baku', 'tashkent'],
  ['port-aktau', 'tbilisi'],
  ['ashgabat', 'port-bandar-abbas'],
  ['minsk', 'chengdu'],
];

type Stats = { median: number; p95: number };
type Row = { name: string; best: Stats; plan: Stats };
interface Run {
  date: string;
  node: string;
  build: Record<string, Stats>;
  rows: Row[];
}

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

function time(reps: number, f: () => unknown): Stats {
  f();
  const out: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    f();
    out.push(performance.now() - t);
  }
  return stats(out);
}

function benchPairs(label: string, net: Network, pairs: [string, string][], reps: number): Row[] {
  // One untimed pass over every pair first, so the compiler has warmed up before the first timed query.
  for (const [from, to] of pairs) planRoutes(net, { from, to });
  return pairs.map(([from, to]) => ({
    name: `${label} ${from} → ${to}`,
    best: time(reps, () => planRoutes(net, { from, to, alternatives: 0 })),
    plan: time(Math.max(3, Math.floor(reps / 4)), () => planRoutes(net, { from, to })),
  }));
}

function main(): void {
  const reps = Number(arg('reps') ?? 40);
  const run: Run = { date: new Date().toISOString(), node: process.version, build: {}, rows: [] };
  const loaded = loadGeoDataset(arg('data') ?? 'geo', ROUTING_FILES);
  if (loaded.ok) {
    run.build.real = time(10, () => buildNetwork(loaded.data));
    const net = buildNetwork(loaded.data);
    const present = REAL_PAIRS.filter((p) => p.every((id) => net.nodeIndex.has(id)));
    const missing = REAL_PAIRS.length - present.length;
    if (missing) console.log(`real data: ${missing} of ${REAL_PAIRS.length} pairs name places not in the data yet`);
    console.log(`real network: ${net.nodes.length} nodes, ${net.segments.length} legs`);
    run.rows.push(...benchPairs('real', net, present, reps));
  } else console.log(`real data not benchmarked: ${loaded.message}`);
  const synthetic: NetworkInput = syntheticDataset({ edges: 100_000, seed: 7 });
  run.build.generated = time(3, () => buildNetwork(synthetic));
  const big = buildNetwork(synthetic);
  console.log(`generated network: ${big.nodes.length} nodes, ${big.segments.length} legs`);
  const rnd = prng(11);
  const pick = () => big.nodes[Math.floor(rnd() * big.nodes.length)]!.id;
  const pairs = Array.from({ length: 10 }, (): [string, string] => [pick(), pick()]);
  run.rows.push(...benchPairs('gen', big, pairs, Math.max(3, Math.floor(reps / 8))));
  report(run, arg('baseline'));
  const save = arg('save');
  if (save) writeFileSync(save, `${JSON.stringify(run, null, 2)}\n`);
}

const ms = (x: number | undefined) => (x === undefined ? '—' : x < 10 ? x.toFixed(2) : x.toFixed(0));
const ratio = (a: number, b: number | undefined) => (b ? `${(a / b).toFixed(2)}×` : '');

function report(run: Run, baselineFile?: string): void {
  const base: Run | undefined = baselineFile ? JSON.parse(readFileSync(baselineFile, 'utf8')) : undefined;
  const prior = new Map(base?.rows.map((r) => [r.name, r]));
  const col = (s: string, n: number) => s.padStart(n);
  console.log(`\nnetwork build (ms)${base ? '      baseline  ratio' : ''}`);
  for (const [k, v] of Object.entries(run.build)) {
    const b = base?.build[k];
    console.log(
      `  ${k.padEnd(10)} median ${col(ms(v.median), 7)} p95 ${col(ms(v.p95), 7)}${b ? `  ${col(ms(b.median), 7)}  ${ratio(v.median, b.median)}` : ''}`,
    );
  }
  console.log(
    `\nper query (ms): best route alone | full plan with alternatives${base ? ' | baseline medians, ratio' : ''}`,
  );
  for (const r of run.rows) {
    const b = prior.get(r.name);
    const cur = `${col(ms(r.best.median), 7)} ${col(ms(r.best.p95), 7)} | ${col(ms(r.plan.median), 7)} ${col(ms(r.plan.p95), 7)}`;
    const cmp = b
      ? ` | ${col(ms(b.best.median), 7)} ${ratio(r.best.median, b.best.median)} ${col(ms(b.plan.median), 7)} ${ratio(r.plan.median, b.plan.median)}`
      : '';
    console.log(`  ${r.name.padEnd(44)} ${cur}${cmp}`);
  }
  for (const label of ['real', 'gen']) {
    const rows = run.rows.filter((r) => r.name.startsWith(label));
    if (!rows.length) continue;
    const all = stats(rows.map((r) => r.best.median));
    const plans = stats(rows.map((r) => r.plan.median));
    console.log(`  ${label}: median over pairs ${ms(all.median)} ms best, ${ms(plans.median)} ms full plan`);
  }
}

main();
