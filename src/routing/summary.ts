// Turns a found path into the route a person reads: ordered legs, the transfers and border formalities between
// them, totals as ranges, and the counts a planner compares routes by.
import { legCo2eKg } from './emissions';
import { routeRates } from './rates';
import type { Path } from './search';
import { addHours, borderDwell, carrierAt, legBorderDwell, transferDwell, ZERO } from './timing';
import type { Hours, Leg, NetCorridor, NetNode, NetSegment, Network, Route, RouteCost, Transfer } from './types';

function orientedLeg(seg: NetSegment, net: Network, forward: boolean): Leg {
  const from = net.nodes[forward ? seg.from : seg.to]!;
  const to = net.nodes[forward ? seg.to : seg.from]!;
  return {
    segment: seg.id,
    mode: seg.mode,
    gauge: seg.gauge,
    from: from.id,
    to: to.id,
    km: seg.km,
    hours: seg.hours,
    hoursFrom: seg.hoursFrom,
    status: seg.status,
    planned: seg.planned,
    season: seg.season,
    corridors: seg.corridors,
    countries: forward ? seg.countries : [...seg.countries].reverse(),
    sources: seg.sources,
    timeSources: seg.timeSources,
    co2eKg: legCo2eKg(seg.mode, seg.km),
  };
}

/** The published rates over a route's legs, summed; undefined when none applies. */
function routeCost(legs: Leg[], crossings: string[]): RouteCost | undefined {
  const rates = routeRates(legs, crossings);
  if (!rates.length) return undefined;
  return {
    usdPerFeu: rates.map((r) => r.usdPerFeu).reduce(addHours, ZERO),
    rates: rates.map(({ id, covers, date, sources }) => ({ id, covers, date, sources })),
    // Only a port-to-port sea route is wholly covered: no rate is published for the rail or road legs.
    complete: rates.some((r) => r.id === 'wci-shanghai-rotterdam') && legs.every((l) => l.mode === 'sea'),
  };
}

/**
 * The two sides a route passes at a crossing node, when it really goes from one to the other: it arrives on the
 * side its last leg was in and leaves into the other side when its next leg reaches that side.
 */
function crossedSides(node: NetNode, before: Leg, after: Leg): [string, string] | undefined {
  if (node.kind !== 'border_crossing') return undefined;
  const arrive = [...before.countries].reverse().find((c) => node.countries.includes(c));
  const other = node.countries.find((c) => c !== arrive);
  return arrive && other && after.countries.includes(other) ? [arrive, other] : undefined;
}

const unique = (xs: string[]): string[] => [...new Set(xs)];

const withoutRepeats = (xs: string[]): string[] => xs.filter((x, i) => i === 0 || xs[i - 1] !== x);

/** A corridor carrying less than this share of a route's km is a detail of the route, not one it runs on. */
const MIN_CORRIDOR_SHARE = 0.1;

/**
 * The corridors a route runs on: the one carrying most of its km, then each that carries at least a tenth of the km
 * not yet named (so a corridor that only shares legs with the one the route follows is left out), not counting a
 * stretch where the route leaves the main corridor and rejoins it (Xi’an → Duisburg round Russia takes the Middle
 * Corridor's Zhezkazgan line across Kazakhstan but does not run on the Middle Corridor); under each, its branches
 * chosen the same way over its km; and any corridor it follows for more than half its km. Always at least one.
 */
function corridorsByShare(legs: Leg[], total: number, corridors: Map<string, NetCorridor>): string[] {
  const kmOn = new Map<string, number>();
  for (const l of legs) for (const c of l.corridors) kmOn.set(c, (kmOn.get(c) ?? 0) + l.km);
  const parentOf = (c: string) => corridors.get(c)?.parent;
  const topLevel = [...kmOn.keys()].filter((c) => !kmOn.has(parentOf(c) ?? ''));
  const pick = (candidates: string[], over: number[]): string[] => {
    const open = new Uint8Array(legs.length);
    for (const i of over) open[i] = 1;
    const chosen: string[] = [];
    for (;;) {
      const km = new Map<string, number>();
      for (let i = 0; i < legs.length; i++)
        if (open[i]) for (const c of legs[i]!.corridors) km.set(c, (km.get(c) ?? 0) + legs[i]!.km);
      let best: string | undefined;
      for (const c of candidates)
        if (!chosen.includes(c) && (km.get(c) ?? 0) > (best === undefined ? 0 : km.get(best)!)) best = c;
      if (best === undefined || (chosen.length > 0 && km.get(best)! < MIN_CORRIDOR_SHARE * total)) return chosen;
      chosen.push(best);
      let first = -1;
      let last = -1;
      for (let i = 0; i < legs.length; i++)
        if (open[i] && legs[i]!.corridors.includes(best)) {
          open[i] = 0;
          if (first < 0) first = i;
          last = i;
        }
      // Where the route leaves the main corridor and comes back to it, the line between is a shortcut of the main
      // corridor, not another corridor the route follows.
      if (chosen.length === 1) for (let i = first + 1; i < last; i++) open[i] = 0;
    }
  };
  const all = legs.map((_, i) => i);
  const main = pick(topLevel, all);
  // A corridor the route follows for most of its km is named even where another shares those legs (the Arctic
  // Express on the Northern Sea Route).
  const most = topLevel
    .filter((c) => !main.includes(c) && kmOn.get(c)! > 0.5 * total)
    .sort((a, b) => kmOn.get(b)! - kmOn.get(a)!);
  const named: string[] = [];
  for (const c of [...main, ...most]) {
    named.push(c);
    const branches = topLevel.length === kmOn.size ? [] : [...kmOn.keys()].filter((b) => parentOf(b) === c);
    if (!branches.length) continue;
    const picked = pick(
      branches,
      all.filter((i) => legs[i]!.corridors.includes(c)),
    );
    // A branch is named only when it carries a real share itself (pick always returns its best one).
    named.push(...picked.filter((b) => kmOn.get(b)! >= MIN_CORRIDOR_SHARE * total));
  }
  return named;
}

export function summarise(net: Network, path: Path, stops: number[], month?: number): Route {
  const legs: Leg[] = [];
  const transfers: Transfer[] = [];
  const legSegments: NetSegment[] = [];
  let pending: Transfer[] = [];
  let carrier = -1;
  for (const step of path.steps) {
    if (step.kind === 'transfer') {
      const node = net.nodes[step.node]!;
      const from = carrierAt(step.from);
      const to = carrierAt(step.to);
      const dwell = transferDwell(net.params, node, from, to, month);
      pending.push({
        afterLeg: legs.length - 1,
        at: node.id,
        kind: dwell.kind,
        fromCarrier: from,
        toCarrier: to,
        hours: dwell.hours,
        sources: dwell.sources,
      });
      continue;
    }
    const seg = net.segments[step.segment]!;
    const leg = orientedLeg(seg, net, seg.from === step.from);
    const before = legs[legs.length - 1];
    const node = net.nodes[step.from]!;
    const sides = before ? crossedSides(node, before, leg) : undefined;
    if (sides) {
      const arriving = carrierAt(carrier);
      const { hours, sources } = borderDwell(net.params, node, arriving);
      transfers.push({
        afterLeg: legs.length - 1,
        at: node.id,
        kind: 'border',
        fromCarrier: arriving,
        toCarrier: carrierAt(seg.carrier),
        hours,
        sources,
        countries: sides,
      });
    }
    transfers.push(...pending);
    pending = [];
    legs.push(leg);
    const forward = seg.from === step.from;
    const along = forward
      ? seg.bordersAlong
      : seg.bordersAlong
          .map((b) => ({ ...b, countries: [b.countries[1], b.countries[0]] as [string, string] }))
          .reverse();
    for (const { countries, union } of along) {
      const c = carrierAt(seg.carrier);
      const unionSources = net.params.customsUnions.find((u) => u.id === union)?.sources;
      const { hours, sources } = unionSources
        ? { hours: ZERO, sources: unionSources }
        : legBorderDwell(net.params, seg.mode);
      transfers.push({
        afterLeg: legs.length - 1,
        at: leg.to,
        kind: 'border',
        fromCarrier: c,
        toCarrier: c,
        hours,
        sources,
        countries,
        unmarked: true,
        ...(union && { union }),
      });
    }
    legSegments.push(seg);
    carrier = seg.carrier;
  }
  collapseSeaPassages(net, legs, transfers);
  const countries = legs.length
    ? countriesOf(legs, transfers)
    : { entered: net.nodes[stops[0]!]!.countries, sailsPast: [] };
  const hours = [...legs.map((l) => l.hours), ...transfers.map((t) => t.hours)].reduce(addHours, ZERO);
  const first = net.nodes[stops[0]!]!;
  const km = legs.reduce((s, l) => s + l.km, 0);
  const routeNodes = [first.id, ...legs.map((l) => l.to)];
  const plannedNodes = routeNodes.filter((id) => net.nodes[net.nodeIndex.get(id)!]!.status !== 'operational');
  const crossings = transfers.filter((t) => t.kind === 'border' && !t.unmarked).map((t) => t.at);
  return {
    id: legs.map((l) => l.segment).join('>'),
    from: first.id,
    to: net.nodes[stops[stops.length - 1]!]!.id,
    via: stops.slice(1, -1).map((i) => net.nodes[i]!.id),
    km,
    hours,
    days: toDays(hours),
    borderCrossings: transfers.filter((t) => t.kind === 'border').length,
    crossings,
    gaugeBreaks: transfers.filter((t) => t.kind === 'gauge_change').length,
    transshipments: transfers.filter((t) => t.kind === 'transshipment').length,
    countries: countries.entered,
    sailsPast: countries.sailsPast,
    corridors: corridorsByShare(legs, km, net.corridors),
    legs,
    transfers,
    plannedLinks: unique([...legSegments.filter((s) => s.status !== 'operational').map((s) => s.id), ...plannedNodes]),
    seasonal: legSegments.filter((s) => s.season).map((s) => ({ segment: s.id, season: s.season! })),
    co2eKg: legs.map((l) => l.co2eKg).reduce(addHours, ZERO),
    cost: routeCost(legs, crossings),
  };
}

/**
 * The runs of sea legs a ship sails without a transfer between them, as [first, last] leg indices: the ship calls
 * at the ports between them only in passing (or sails past them), so the cargo never enters those countries.
 */
function seaRuns(legs: Leg[], transfers: Transfer[]): [number, number][] {
  const transferAfter = new Set(transfers.filter((t) => !t.unmarked).map((t) => t.afterLeg));
  const runs: [number, number][] = [];
  for (let start = 0; start < legs.length; start++) {
    if (legs[start]!.mode !== 'sea') continue;
    let end = start;
    while (end + 1 < legs.length && legs[end + 1]!.mode === 'sea' && !transferAfter.has(end)) end++;
    if (end > start) runs.push([start, end]);
    start = end;
  }
  return runs;
}

/**
 * A ship that calls at Singapore or passes Port Said on its way does not bring the cargo into those countries: over
 * a run of sea legs with no transfer between them, the borders crossed along the legs become one, from the country
 * the run starts in to the one it ends in (none when both are in one customs union). Transfers are edited in place.
 */
function collapseSeaPassages(net: Network, legs: Leg[], transfers: Transfer[]): void {
  for (const [start, end] of seaRuns(legs, transfers)) {
    const along = transfers.filter((t) => t.unmarked && t.afterLeg >= start && t.afterLeg <= end);
    const from = legs[start]!.countries[0]!;
    const to = legs[end]!.countries[legs[end]!.countries.length - 1]!;
    const template = along[0];
    for (const t of along) transfers.splice(transfers.indexOf(t), 1);
    const union = net.params.customsUnions.some((u) => u.countries.includes(from) && u.countries.includes(to));
    if (template && from !== to && !union) {
      const at = transfers.findIndex((t) => t.afterLeg >= end);
      const merged: Transfer = { ...template, afterLeg: end, at: legs[end]!.to, countries: [from, to] };
      transfers.splice(at < 0 ? transfers.length : at, 0, merged);
    }
  }
}

/**
 * The countries the cargo enters, in order, and those whose ports a ship only passes on a sea run (the leg into a
 * passed port and the leg out of it leave that port's country out).
 */
function countriesOf(legs: Leg[], transfers: Transfer[]): { entered: string[]; sailsPast: string[] } {
  const passed = new Set<number>();
  for (const [start, end] of seaRuns(legs, transfers)) for (let i = start; i < end; i++) passed.add(i);
  const entered = withoutRepeats(
    legs.flatMap((l, i) =>
      l.countries.slice(passed.has(i - 1) ? 1 : 0, passed.has(i) ? l.countries.length - 1 : undefined),
    ),
  );
  const past = [...passed].map((i) => legs[i]!.countries.at(-1)!).filter((c) => !entered.includes(c));
  return { entered, sailsPast: unique(past) };
}

export const toDays = (h: Hours): Hours => ({ min: h.min / 24, typical: h.typical / 24, max: h.max / 24 });
