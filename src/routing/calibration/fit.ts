// Fitting the model's typical values to the published journeys, by groups that mean something: a rail network's
// speed over the fitted journeys that run on it, a crossing's dwell over those that pass it, the Caspian ferry wait
// over those that board a ferry outside the winter season. Min and max stay as the sources give them; the typical
// is searched between them. Held-out journeys never enter a group, and a group of fewer than two journeys is
// refused: a value that reproduces one journey says nothing about the next.
import { inSeason } from '../season';
import { transferParam } from '../timing';
import { DEFAULT_PARAMS, type RoutingParams } from '../params';
import type { Hours, Network, Route } from '../types';
import { evaluateJourney, journeyService, TOLERANCE, type Journey } from './journeys';

export interface FitTarget {
  /** The parameter, as a path in RoutingParams (railRegions by id). */
  id: string;
  /** Which fitted journeys inform it, in words. */
  group: string;
  /** Whether a journey's route (planned on the current parameters) belongs to the group. */
  inGroup: (route: Route, journey: Journey, params: RoutingParams) => boolean;
  /** The range whose typical is fitted (a reference into the params object it is given). */
  range: (params: RoutingParams) => Hours;
}

const railIn = (route: Route, countries: string[]) =>
  route.legs.some((l) => l.mode === 'rail' && l.countries.some((c) => countries.includes(c)));

const region = (params: RoutingParams, id: string) => {
  const r = params.railRegions.find((x) => x.id === id);
  if (!r) throw new Error(`no rail region ${id}`);
  return r;
};

const regionTarget = (id: string, group: string): FitTarget => ({
  id: `railRegions.${id}.speed`,
  group,
  inGroup: (route, _j, p) => railIn(route, region(p, id).countries),
  range: (p) => region(p, id).speed.value,
});

/** Passing a crossing, not starting or ending there. */
const passes = (route: Route, crossing: string) =>
  route.from !== crossing && route.to !== crossing && route.legs.some((l, i) => i > 0 && l.from === crossing);

/**
 * Whether a journey's waits are the typical ones: an express run takes the sourced minimum and a regular service
 * the average train's crossing time whatever the typical, so neither can inform a typical dwell.
 */
const typicalWaits = (j: Journey, p: RoutingParams) => {
  const s = p.service[journeyService(j)];
  return s.waits === 'typical' && !s.railCrossing;
};

const crossingTarget = (id: string): FitTarget => ({
  id: `crossingDwell.${id}`,
  group: `fitted scheduled block-train journeys passing ${id}`,
  inGroup: (route, j, p) => typicalWaits(j, p) && passes(route, id),
  range: (p) => {
    const d = p.crossingDwell[id];
    if (!d) throw new Error(`no crossing dwell ${id}`);
    return d.value;
  },
});

export const FIT_TARGETS: FitTarget[] = [
  regionTarget('china', 'fitted journeys with rail in China'),
  regionTarget('kazakhstan', 'fitted journeys with rail in Kazakhstan'),
  regionTarget('south', 'fitted journeys with rail in Central Asia south of Kazakhstan or the Caucasus'),
  regionTarget('iran', 'fitted journeys with rail in Iran'),
  regionTarget('europe', 'fitted journeys with rail on the European standard-gauge network'),
  crossingTarget('alashankou-dostyk'),
  crossingTarget('brest-terespol'),
  {
    id: 'dwell.ferryBoard',
    group: 'fitted scheduled block-train journeys boarding a Caspian ferry outside the winter season',
    inGroup: (route, j, p) => {
      if (!typicalWaits(j, p)) return false;
      const winter = p.dwell.ferryBoard.seasonal?.season;
      const inWinter = j.month !== undefined && winter !== undefined && inSeason(j.month, winter);
      return !inWinter && route.legs.some((l) => l.mode === 'ferry');
    },
    range: (p) => p.dwell.ferryBoard.value,
  },
];

FIT_TARGETS.push({
  id: 'dwell.railRoad',
  group: 'fitted scheduled block-train journeys moving containers between a train and trucks on the way',
  inGroup: (route, j, p) =>
    typicalWaits(j, p) &&
    route.transfers.some(
      (t) => t.kind === 'transshipment' && transferParam(p, t.fromCarrier, t.toCarrier, t.at) === p.dwell.railRoad,
    ),
  range: (p) => p.dwell.railRoad.value,
});

FIT_TARGETS.push({
  id: 'dwell.shipUnload',
  group: 'fitted journeys unloading a ship at a port without daily mainline sailings',
  inGroup: (route, _j, p) =>
    route.transfers.some((t) => t.fromCarrier === 'sea' && t.kind === 'transshipment' && !p.majorPorts.includes(t.at)),
  range: (p) => p.dwell.shipUnload.value,
});

export type BuildNetwork = (params: RoutingParams) => Network;

/** The fitted journeys in each target's group, on routes planned with the given parameters. */
export function fitGroups(net: Network, journeys: Journey[]): Map<string, Journey[]> {
  const fitted = journeys.filter((j) => !j.heldOut);
  const routes = fitted.map((j) => ({ j, route: evaluateJourney(net, j).route }));
  return new Map(
    FIT_TARGETS.map((t) => [
      t.id,
      routes.filter((r) => r.route && t.inGroup(r.route, r.j, net.params)).map((r) => r.j),
    ]),
  );
}

/**
 * How far the planner is from a group of journeys: the mean absolute log ratio of typical days, plus ten times how
 * far (log) a journey falls outside its published range widened by TOLERANCE, so that a value which passes the
 * journeys' test is preferred to one that is closer on average but leaves a journey outside it.
 */
export function groupError(net: Network, group: Journey[]): number {
  let sum = 0;
  for (const j of group) {
    const r = evaluateJourney(net, j);
    if (!r.route) {
      sum += 10 * Math.log(10);
      continue;
    }
    const d = r.route.days.typical;
    const lo = j.days.min * (1 - TOLERANCE);
    const hi = j.days.max * (1 + TOLERANCE);
    sum += Math.abs(Math.log(d / j.days.typical)) + 10 * Math.max(0, Math.log(d / hi), Math.log(lo / d));
  }
  return group.length ? sum / group.length : 0;
}

export const withTypical = (params: RoutingParams, target: FitTarget, typical: number): RoutingParams => {
  const copy = structuredClone(params);
  target.range(copy).typical = typical;
  return copy;
};

const round = (x: number) => (x >= 10 ? Math.round(x * 2) / 2 : Math.round(x * 10) / 10);

/** Candidate typical values between a range's sourced min and max, spaced evenly on a log scale. */
function candidates(r: Hours, steps: number): number[] {
  const lo = Math.max(r.min, 0.1);
  const out = new Set<number>();
  for (let i = 0; i <= steps; i++) out.add(round(lo * (r.max / lo) ** (i / steps)));
  return [...out].filter((x) => x >= r.min && x <= r.max);
}

export interface FitResult {
  id: string;
  group: string;
  journeys: string[];
  before: number;
  after: number;
  errorBefore: number;
  errorAfter: number;
}

/**
 * Coordinate descent over the targets: each typical in turn is set to the candidate that minimises its group's
 * error with the others held, for a few rounds. Returns the parameters and what changed.
 */
export function fitParams(
  build: BuildNetwork,
  journeys: Journey[],
  params: RoutingParams = DEFAULT_PARAMS,
  rounds = 4,
): { params: RoutingParams; results: FitResult[] } {
  let current = structuredClone(params);
  const groups = fitGroups(build(current), journeys);
  for (const t of FIT_TARGETS) {
    const n = groups.get(t.id)?.length ?? 0;
    if (n < 2) throw new Error(`${t.id}: its group (${t.group}) has ${n} journey(s)`);
  }
  for (let r = 0; r < rounds; r++) {
    for (const t of FIT_TARGETS) {
      const group = groups.get(t.id)!;
      let best = { typical: t.range(current).typical, error: groupError(build(current), group) };
      const r = t.range(current);
      const tryValue = (x: number) => {
        const e = groupError(build(withTypical(current, t, x)), group);
        if (e < best.error - 1e-9) best = { typical: x, error: e };
      };
      for (const x of candidates(r, 24)) tryValue(x);
      // Then finer, within a fifth either side of the best on the grid.
      const near = new Set(Array.from({ length: 21 }, (_, k) => round(best.typical * (0.8 + k * 0.02))));
      for (const x of near) if (x >= r.min && x <= r.max && x !== best.typical) tryValue(x);
      current = withTypical(current, t, best.typical);
    }
  }
  const before = build(params);
  const after = build(current);
  const results = FIT_TARGETS.map((t) => {
    const group = groups.get(t.id)!;
    return {
      id: t.id,
      group: t.group,
      journeys: group.map((j) => j.id),
      before: t.range(params).typical,
      after: t.range(current).typical,
      errorBefore: groupError(before, group),
      errorAfter: groupError(after, group),
    };
  });
  return { params: current, results };
}
