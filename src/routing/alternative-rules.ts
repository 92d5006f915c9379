// When an alternative is a real alternative: it passes other border crossings than each route already shown (or,
// without crossings, mostly other legs and corridors), it is not a detour that rejoins the same line through extra
// borders, and where it leaves the best route only to rejoin it before the destination, that stretch is not much
// slower than the best route's own (it is then a variant through another crossing, which must be a fair one).
import type { Criterion, Route } from './types';

/** A variant may be at most this much slower than the best route between the points where it leaves and rejoins. */
export const DEVIATION_STRETCH = 1.5;

/** Two routes without crossings are the same route when this share of the length is shared. */
const SAME_ROUTE_SHARE = 0.7;

const sameSet = (a: string[], b: string[]): boolean => {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
};

function sharedShare(a: Route, b: Route): number {
  const other = new Set(b.legs.map((l) => l.segment));
  const shared = a.legs.filter((l) => other.has(l.segment)).reduce((s, l) => s + l.km, 0);
  return a.km > 0 ? shared / a.km : 1;
}

/**
 * A detour of route b: it keeps all of b's crossing points but one (and at least one) and replaces the one it
 * drops by two or more borders, as when a train to Europe leaves China through Kyrgyzstan and Uzbekistan, or
 * crosses the Caspian to Baku, only to rejoin the same line further on.
 */
function detourOf(a: Route, b: Route): boolean {
  const shared = a.crossings.filter((c) => b.crossings.includes(c)).length;
  const theirs = new Set(borders(b));
  const added = borders(a).filter((k) => !theirs.has(k)).length;
  return shared >= 1 && shared >= b.crossings.length - 1 && added >= 2;
}

/**
 * Every border with formalities a route passes: a crossing point by id, a border along a leg by its two countries
 * (one inside a customs union, crossed without stopping, does not make a route another way round).
 */
const borders = (r: Route): string[] =>
  r.transfers.filter((t) => t.kind === 'border' && !t.union).map((t) => (t.unmarked ? t.countries!.join('>') : t.at));

/** Differs materially: another crossing, or (with none on either) another corridor for most of the way. */
export function differsMaterially(a: Route, b: Route): boolean {
  if (detourOf(a, b)) return false;
  if (!sameSet(a.crossings, b.crossings)) return true;
  if (a.crossings.length > 0) return false;
  return !sameSet(a.corridors, b.corridors) && sharedShare(a, b) < SAME_ROUTE_SHARE;
}

/** Cost at arrival at each node of a route (index 0: the origin): typical hours with dwell before, or km. */
function arrivals(r: Route, by: Criterion): number[] {
  const out = [0];
  let t = 0;
  r.legs.forEach((l, i) => {
    if (by === 'time') t += r.transfers.filter((x) => x.afterLeg === i - 1).reduce((s, x) => s + x.hours.typical, 0);
    t += by === 'time' ? l.hours.typical : l.km;
    out.push(t);
  });
  return out;
}

/** Every stretch where `c` leaves `best` and rejoins it before the destination is at most DEVIATION_STRETCH slower. */
export function reasonableDeviations(c: Route, best: Route, by: Criterion): boolean {
  const bestNodes = [best.from, ...best.legs.map((l) => l.to)];
  const at = new Map<string, number>();
  bestNodes.forEach((id, i) => at.has(id) || at.set(id, i));
  const bestLegs = new Set(best.legs.map((l) => l.segment));
  const nodes = [c.from, ...c.legs.map((l) => l.to)];
  const tc = arrivals(c, by);
  const tb = arrivals(best, by);
  for (let i = 0; i < c.legs.length;) {
    if (bestLegs.has(c.legs[i]!.segment) || !at.has(nodes[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < nodes.length - 1 && !at.has(nodes[j]!)) j++;
    if (j < nodes.length - 1) {
      const own = tb[at.get(nodes[j]!)!]! - tb[at.get(nodes[i]!)!]!;
      if (own <= 0 || tc[j]! - tc[i]! > DEVIATION_STRETCH * own) return false;
    }
    i = j;
  }
  return true;
}
