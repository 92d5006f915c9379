// Turns a found path into the route a person reads: ordered legs, the transfers and border formalities between
// them, totals as ranges, and the counts a planner compares routes by.
import { legCo2eKg } from './emissions';
import { routeRates } from './rates';
import type { Path } from './search';
import { addHours, borderDwell, carrierAt, legBorderDwell, transferDwell, ZERO } from './timing';
import type { Hours, Leg, NetNode, NetSegment, Network, Route, RouteCost, Transfer } from './types';

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

/** The corridors a route runs on, most km first (a leg counts for each it serves); always at least the main one. */
function corridorsByShare(legs: Leg[], total: number): string[] {
  const km = new Map<string, number>();
  for (const l of legs) for (const c of new Set(l.corridors)) km.set(c, (km.get(c) ?? 0) + l.km);
  // The sort is stable: corridors with equal km keep the order the route meets them in.
  const ranked = [...km].sort((a, b) => b[1] - a[1]);
  return ranked.filter(([, k], i) => i === 0 || k >= MIN_CORRIDOR_SHARE * total).map(([c]) => c);
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
    const pairs = forward
      ? seg.unmarkedBorders
      : seg.unmarkedBorders.map(([a, b]) => [b, a] as [string, string]).reverse();
    for (const countries of pairs) {
      const c = carrierAt(seg.carrier);
      const { hours, sources } = legBorderDwell(net.params, seg.mode);
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
      });
    }
    legSegments.push(seg);
    carrier = seg.carrier;
  }
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
    countries: legs.length ? withoutRepeats(legs.flatMap((l) => l.countries)) : first.countries,
    corridors: corridorsByShare(legs, km),
    legs,
    transfers,
    plannedLinks: unique([...legSegments.filter((s) => s.status !== 'operational').map((s) => s.id), ...plannedNodes]),
    seasonal: legSegments.filter((s) => s.season).map((s) => ({ segment: s.id, season: s.season! })),
    co2eKg: legs.map((l) => l.co2eKg).reduce(addHours, ZERO),
    cost: routeCost(legs, crossings),
  };
}

export const toDays = (h: Hours): Hours => ({ min: h.min / 24, typical: h.typical / 24, max: h.max / 24 });
