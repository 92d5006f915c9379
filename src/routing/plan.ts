// The planner's one entry point: a question in, the best route and its alternatives (or a reason in words) out.
import { findAlternatives } from './alternatives';
import { buildCosts, type Filters } from './costs';
import { explainFailure } from './explain';
import { passageAdjustments } from './adjust';
import { checkQuery } from './query';
import { shortestPath } from './no-repeat';
import { serviceNetwork } from './service';
import { arrivalNetwork } from './arrival';
import { summarise } from './summary';
import type { Network, PlanResult, RouteQuery } from './types';

export function planRoutes(network: Network, query: RouteQuery): PlanResult {
  const checked = checkQuery(network, query);
  if (!checked.ok) return checked;
  const { query: q, stops } = checked;
  const net = arrivalNetwork(serviceNetwork(network, q.service), stops, q.service);
  const filters: Filters = { modes: q.modes, avoid: q.avoid, includePlanned: q.includePlanned, month: q.month };
  const base = passageAdjustments(net, q.avoid);
  const best = shortestPath(net, buildCosts(net, filters, q.by, base), stops);
  if (!best) return { ok: false, ...explainFailure(net, q, stops) };
  const route = summarise(net, best, stops, q.month);
  const alternatives =
    q.alternatives > 0 ? findAlternatives(net, filters, q.by, stops, best, q.alternatives, base) : [];
  return { ok: true, query: q, routes: [route, ...alternatives] };
}
