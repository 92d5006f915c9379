// Alternatives that differ materially from the best route: through another border crossing or on another
// corridor, not a detour of the same one. Candidates come from two searches: one that bans a crossing already
// used (and, round by round, the crossings of each accepted alternative), and one that penalises the legs and
// crossings of every accepted route. A candidate is accepted only if its set of crossings differs from each
// accepted route's, or, for routes without crossings, if most of its length is on other legs and corridors.
import { buildCosts, type Adjustments, type Filters } from './costs';
import { shortestPath, type Path } from './search';
import { summarise } from './summary';
import type { Criterion, Network, Route } from './types';

interface Candidate {
  route: Route;
  cost: number;
  bans: Set<number>;
}

/** Alternatives slower than this multiple of the best are not worth showing. */
const MAX_RATIO = 4;
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

/** Every border a route passes: a crossing point by id, a border along a leg by its two countries. */
const borders = (r: Route): string[] =>
  r.transfers.filter((t) => t.kind === 'border').map((t) => (t.unmarked ? t.countries!.join('>') : t.at));

/** Differs materially: another crossing, or (with none on either) another corridor for most of the way. */
export function differsMaterially(a: Route, b: Route): boolean {
  if (detourOf(a, b)) return false;
  if (!sameSet(a.crossings, b.crossings)) return true;
  if (a.crossings.length > 0) return false;
  return !sameSet(a.corridors, b.corridors) && sharedShare(a, b) < SAME_ROUTE_SHARE;
}

export function findAlternatives(
  net: Network,
  filters: Filters,
  by: Criterion,
  stops: number[],
  best: Path,
  count: number,
): Route[] {
  const score = (r: Route) => (by === 'time' ? r.hours.typical : r.km);
  const bestRoute = summarise(net, best, stops);
  const accepted: Candidate[] = [{ route: bestRoute, cost: score(bestRoute), bans: new Set() }];
  const pool = new Map<string, Candidate>();
  const tried = new Set<string>();
  const search = (adj: Adjustments, bans: Set<number>, key: string) => {
    if (tried.has(key)) return;
    tried.add(key);
    const path = shortestPath(net, buildCosts(net, filters, by, adj), stops);
    if (!path) return;
    const route = summarise(net, path, stops);
    if (!pool.has(route.id)) pool.set(route.id, { route, cost: score(route), bans });
  };
  const crossingIndex = (id: string) => net.nodeIndex.get(id)!;
  const banEach = (c: Candidate) => {
    for (const id of c.route.crossings) {
      const bans = new Set([...c.bans, crossingIndex(id)]);
      search({ bannedNodes: bans }, bans, [...bans].sort((a, b) => a - b).join(','));
    }
  };
  banEach(accepted[0]!);
  for (let round = 1; accepted.length <= count; round++) {
    search(penalties(net, accepted, by, round), new Set(), `penalty ${round}`);
    const next = [...pool.values()]
      .filter((c) => c.cost <= MAX_RATIO * accepted[0]!.cost)
      .filter((c) => accepted.every((a) => differsMaterially(c.route, a.route)))
      .sort((a, b) => a.cost - b.cost || a.route.id.localeCompare(b.route.id))[0];
    if (!next) break;
    accepted.push(next);
    pool.delete(next.route.id);
    banEach(next);
  }
  return accepted.slice(1).map((c) => c.route);
}

/** Make every accepted route's legs dearer and its crossings costly, more so each round. */
function penalties(net: Network, accepted: Candidate[], by: Criterion, round: number): Adjustments {
  const segmentFactor = new Map<number, number>();
  const nodePenalty = new Map<number, number>();
  const crossingCost = (by === 'time' ? 72 : 1000) * round;
  for (const { route } of accepted) {
    for (const l of route.legs) segmentFactor.set(net.segmentIndex.get(l.segment)!, 1 + round);
    for (const id of route.crossings) nodePenalty.set(net.nodeIndex.get(id)!, crossingCost);
  }
  return { segmentFactor, nodePenalty };
}
