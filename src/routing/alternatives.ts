// Alternatives that differ materially from the best route: through another border crossing or on another
// corridor, not a detour of the same one. Candidates come from two searches: one that bans a crossing already
// used (and, round by round, the crossings of each accepted alternative), and one that penalises the legs and
// crossings of every accepted route. Which candidates count as materially different is in alternative-rules.ts.
import { buildCosts, type Adjustments, type Filters } from './costs';
import { repeatsALeg, shortestPath } from './no-repeat';
import type { Path } from './search';
import { summarise } from './summary';
import { differsMaterially, reasonableDeviations } from './alternative-rules';
import { combine } from './adjust';
import type { Criterion, Network, Route } from './types';

interface Candidate {
  route: Route;
  cost: number;
  bans: Set<number>;
}

/** Alternatives slower than this multiple of the best are not worth showing. */
const MAX_RATIO = 4;
export function findAlternatives(
  net: Network,
  filters: Filters,
  by: Criterion,
  stops: number[],
  best: Path,
  count: number,
  /** Adjustments every search keeps (legs through avoided passages closed). */
  base: Adjustments = {},
): Route[] {
  const score = (r: Route) => (by === 'time' ? r.hours.typical : r.km);
  const bestRoute = summarise(net, best, stops, filters.month);
  const accepted: Candidate[] = [{ route: bestRoute, cost: score(bestRoute), bans: new Set() }];
  const pool = new Map<string, Candidate>();
  const tried = new Set<string>();
  const search = (adj: Adjustments, bans: Set<number>, key: string) => {
    if (tried.has(key)) return;
    tried.add(key);
    const path = shortestPath(net, buildCosts(net, filters, by, combine(base, adj)), stops);
    // Back along a leg is only acceptable where the best route has no other way either (a dead-end via stop).
    if (!path || (repeatsALeg(path.steps) && !repeatsALeg(best.steps))) return;
    const route = summarise(net, path, stops, filters.month);
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
      .filter((c) => reasonableDeviations(c.route, bestRoute, by))
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
