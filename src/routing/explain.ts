// Why there is no route: the search is run again with one constraint relaxed at a time (avoided countries,
// the operational-only scenario, the month, the allowed modes). The constraints whose relaxation opens a route
// are the cause, and the route that then appears tells which country, crossing or seasonal leg is in the way.
import { buildCosts, type Filters } from './costs';
import { passageAdjustments } from './adjust';
import { causeOf, causeText, type Relaxation } from './explain-causes';
import { nameOf } from './query';
import { shortestPath } from './no-repeat';
import { summarise } from './summary';
import { TRANSPORT_MODES, type Cause, type FailureCode, type Network, type ResolvedQuery, type Route } from './types';

const CODES: Record<Relaxation, FailureCode> = {
  avoid: 'blocked_by_avoid',
  status: 'blocked_by_status',
  season: 'blocked_by_season',
  modes: 'blocked_by_modes',
};

function relax(f: Filters, rs: Relaxation[]): Filters {
  return {
    modes: rs.includes('modes') ? [...TRANSPORT_MODES] : f.modes,
    avoid: rs.includes('avoid') ? [] : f.avoid,
    includePlanned: rs.includes('status') ? true : f.includePlanned,
    month: rs.includes('season') ? undefined : f.month,
  };
}

function routeUnder(net: Network, q: ResolvedQuery, f: Filters, stops: number[]): Route | undefined {
  const path = shortestPath(net, buildCosts(net, f, q.by, passageAdjustments(net, f.avoid)), stops);
  return path ? summarise(net, path, stops, f.month) : undefined;
}

const nodeName = (net: Network, id: string) => nameOf(net, net.nodeIndex.get(id)!);

/** The cause, as data and in words, of the block that relaxation `r` lifts, given the route it lets through. */
function explainOne(net: Network, q: ResolvedQuery, f: Filters, stops: number[], r: Relaxation, route: Route) {
  const opensAlone =
    r === 'avoid'
      ? f.avoid.filter((c) => routeUnder(net, q, { ...f, avoid: f.avoid.filter((x) => x !== c) }, stops))
      : [];
  const cause = causeOf(net, f, r, route, opensAlone);
  return { r, cause, text: causeText(net, cause, f, route) };
}

export interface Explanation {
  code: FailureCode;
  reason: string;
  causes?: Cause[];
}

export function explainFailure(net: Network, q: ResolvedQuery, stops: number[]): Explanation {
  const f: Filters = { modes: q.modes, avoid: q.avoid, includePlanned: q.includePlanned, month: q.month };
  const applicable: Relaxation[] = [];
  if (q.avoid.length) applicable.push('avoid');
  if (!q.includePlanned) applicable.push('status');
  if (q.month !== undefined) applicable.push('season');
  if (q.modes.length < TRANSPORT_MODES.length) applicable.push('modes');
  const open = (rs: Relaxation[]) => routeUnder(net, q, relax(f, rs), stops);
  const singles = applicable.flatMap((r) => {
    const route = open([r]);
    return route ? [explainOne(net, q, f, stops, r, route)] : [];
  });
  const causes = singles.map((s) => s.cause);
  if (singles.length === 1) return { code: CODES[singles[0]!.r], reason: singles[0]!.text, causes };
  if (singles.length > 1) {
    const texts = singles.map((s) => s.text).join('; or ');
    return {
      code: 'blocked_by_several',
      reason: `no route with all these settings; any one change opens one: ${texts}`,
      causes,
    };
  }
  for (const set of subsets(applicable).filter((s) => s.length > 1)) {
    const route = open(set);
    if (!route) continue;
    const each = set.map((r) =>
      explainOne(
        net,
        q,
        relax(
          f,
          set.filter((x) => x !== r),
        ),
        stops,
        r,
        route,
      ),
    );
    const texts = each.map((e) => e.text).join('; and ');
    return {
      code: 'blocked_by_several',
      reason: `no route unless several settings change: ${texts}`,
      causes: each.map((e) => e.cause),
    };
  }
  const via = q.via.length ? ` via ${q.via.map((id) => nodeName(net, id)).join(', ')}` : '';
  return {
    code: 'unreachable',
    reason: `no connection between ${nodeName(net, q.from)} and ${nodeName(net, q.to)}${via} in the network data`,
  };
}

/** All subsets, smallest first. */
function subsets<T>(xs: T[]): T[][] {
  const all: T[][] = [[]];
  for (const x of xs) all.push(...all.map((s) => [...s, x]));
  return all.sort((a, b) => a.length - b.length);
}
