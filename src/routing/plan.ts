// The planner's one entry point: a question in, the best route and its alternatives (or a reason in words) out.
import { passageAdjustments } from './adjust';
import { findAlternatives } from './alternatives';
import { arrivalNetwork } from './arrival';
import { buildCosts, type Adjustments, type Filters } from './costs';
import { banText, brokenBan, keepBans } from './entry-bans';
import { explainFailure } from './explain';
import { shortestPath } from './no-repeat';
import { checkQuery } from './query';
import type { Path } from './search';
import { serviceNetwork } from './service';
import { summarise } from './summary';
import type { Network, PlanResult, ResolvedQuery, Route, RouteQuery } from './types';

interface Found {
  path: Path;
  route: Route;
  filters: Filters;
  base: Adjustments;
}

function search(net: Network, filters: Filters, q: ResolvedQuery, stops: number[]): Found | null {
  const base = passageAdjustments(net, filters.avoid);
  const path = shortestPath(net, buildCosts(net, filters, q.by, base), stops);
  return path && { path, route: summarise(net, path, stops, q.month), filters, base };
}

export function planRoutes(network: Network, query: RouteQuery): PlanResult {
  const checked = checkQuery(network, query);
  if (!checked.ok) return checked;
  const { query: q, stops } = checked;
  const net = arrivalNetwork(serviceNetwork(network, q.service), stops, q.service);
  const filters: Filters = { modes: q.modes, avoid: q.avoid, includePlanned: q.includePlanned, month: q.month };
  const first = search(net, filters, q, stops);
  if (!first) return { ok: false, ...explainFailure(net, q, stops) };
  const kept = keepBans(net, stops, filters, q.by, first, (f) => search(net, f, q, stops));
  if (!kept.ok) {
    const { from, into, since } = kept.ban;
    return {
      ok: false,
      code: 'blocked_by_ban',
      reason: banText(kept.ban),
      causes: [{ kind: 'ban', from, into, since }],
    };
  }
  const { found, around } = kept;
  const alternatives =
    q.alternatives > 0
      ? findAlternatives(net, found.filters, q.by, stops, found.path, q.alternatives, found.base).filter(
          (r) => !brokenBan(net.params.entryBans, r),
        )
      : [];
  return { ok: true, query: q, routes: [found.route, ...alternatives], ...(around && { plannedAround: around }) };
}
