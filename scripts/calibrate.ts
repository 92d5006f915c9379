// npm run calibrate [-- --json]: plans every published journey in src/routing/calibration/journeys.json on the data
// in geo/ and prints journey, published days, planner days, error, whether it passes (within the published range
// widened by a fifth), the service class it is asked of, held-out journeys marked, and the median absolute error of the fitted and held-out sets.
// With --fit it fits each fitted parameter's typical value over its group of fitted journeys (calibration/fit.ts)
// and prints the value found against the one in params.ts.
import { readFileSync } from 'node:fs';
import { loadGeoDataset, ROUTING_FILES } from '../src/data/load-node';
import { buildNetwork, type Network } from '../src/routing';
import {
  evaluateJourney,
  journeyService,
  parseJourneys,
  summariseCalibration,
  TOLERANCE,
  type JourneyResult,
} from '../src/routing/calibration/journeys';
import { fitParams } from '../src/routing/calibration/fit';
import type { NetworkInput } from '../src/routing/network';
import type { Journey } from '../src/routing/calibration/journeys';

const FILE = 'src/routing/calibration/journeys.json';

const d1 = (x: number) => x.toFixed(1);
const pct = (x: number | undefined) => (x === undefined ? '—' : `${(x * 100).toFixed(0)}%`);
const signed = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(0)}%`;

function row(r: JourneyResult): string {
  const j = r.journey;
  const published = j.days.min === j.days.max ? d1(j.days.typical) : `${d1(j.days.min)}–${d1(j.days.max)}`;
  const planner = r.route
    ? `${d1(r.route.days.typical)} (${d1(r.route.days.min)}–${d1(r.route.days.max)})`
    : `no route: ${r.reason}`;
  const error = r.error === undefined ? '' : signed(r.error);
  const mark = r.within ? 'ok' : 'OFF';
  return `${j.heldOut ? '*' : ' '} ${j.id.padEnd(32)} ${journeyService(j).padEnd(7)} ${published.padStart(10)} ${planner.padEnd(20)} ${error.padStart(6)}  ${mark}`;
}

function main(): number {
  const parsed = parseJourneys(FILE, JSON.parse(readFileSync(FILE, 'utf8')));
  if (!parsed.ok) {
    process.stderr.write(`calibrate: ${parsed.message}\n`);
    return 1;
  }
  const loaded = loadGeoDataset('geo', ROUTING_FILES);
  if (!loaded.ok) {
    process.stderr.write(`calibrate: cannot read the data: ${loaded.message}\n`);
    return 1;
  }
  if (process.argv.includes('--fit')) return fit(loaded.data, parsed.journeys);
  const net = buildNetwork(loaded.data);
  const results = parsed.journeys.map((j) => evaluateJourney(net, j));
  const s = summariseCalibration(results);
  if (process.argv.includes('--json')) {
    const out = results.map((r) => ({
      id: r.journey.id,
      heldOut: r.journey.heldOut,
      published: r.journey.days,
      planner: r.route?.days,
      error: r.error,
      within: r.within,
      reason: r.reason,
    }));
    process.stdout.write(`${JSON.stringify({ summary: s, journeys: out }, null, 2)}\n`);
    return 0;
  }
  process.stdout.write(`${table(net, parsed.journeys)}\n`);
  return 0;
}

function table(net: Network, journeys: Journey[]): string {
  const results = journeys.map((j) => evaluateJourney(net, j));
  const s = summariseCalibration(results);
  return [
    `  ${'journey (* held out of the fitting)'.padEnd(32)} ${'service'.padEnd(7)} ${'published'.padStart(10)} ${'planner days'.padEnd(20)} ${'error'.padStart(6)}  pass`,
    ...results.map(row),
    '',
    `median absolute error: fitted ${pct(s.fitted)}, held out ${pct(s.heldOut)}`,
    `${s.within} of ${s.total} within the published range ±${TOLERANCE * 100}%; ${s.routed} of ${s.total} routed`,
  ].join('\n');
}

function fit(data: NetworkInput, journeys: Journey[]): number {
  const { params, results } = fitParams((p) => buildNetwork(data, p), journeys);
  const lines = results.flatMap((r) => [
    `${r.id}: typical ${r.before} → ${r.after}${r.before === r.after ? ' (as in params.ts)' : ''}; ` +
      `mean |log error| ${r.errorBefore.toFixed(3)} → ${r.errorAfter.toFixed(3)}`,
    `    over ${r.journeys.length} ${r.group}: ${r.journeys.join(', ')}`,
  ]);
  process.stdout.write(
    `${lines.join('\n')}\n\nWith the fitted values:\n${table(buildNetwork(data, params), journeys)}\n`,
  );
  return 0;
}

process.exitCode = main();
