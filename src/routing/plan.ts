// The planner's one entry point: a question in, the best route and its alternatives (or a reason in words) out.
import { passageAdjustments } from './adjust';
import { findAlternatives } from './alternatives';
import { arrivalNetwork } from './arrival';
import { buildCosts, type Adjustments, type Filters } from './costs';
import { banDetours, brokenBan } from './entry-bans';
import { explainFailure } from './explain';
import { shortestPath } from './no-repeat';
import type { Path } from './search';
import { checkQuery } from './query';
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
  const bans = net.params.entryBans;
  const score = (r: Route) => (q.by === 'time' ? r.hours.typical : r.km);
  let chosen = first;
  const ban = brokenBan(bans, first.route);
  let avoided: string | undefined;
  if (ban) {
    // Planned again without each of the ban's two countries that no stop is in; the better answer that keeps it.
    const detours = banDetours(
      ban,
      stops.map((i) => net.nodes[i]!.countries),
    ).flatMap((country) => {
      const found = search(net, { ...filters, avoid: [...filters.avoid, country] }, q, stops);
      return found && !brokenBan(bans, found.route) ? [{ found, country }] : [];
    });
    detours.sort((a, b) => score(a.found.route) - score(b.found.route));
    if (!detours[0])
      return {
        ok: false,
        code: 'blocked_by_ban',
        reason: `goods that have been in ${ban.from} may not enter ${ban.into} (since ${ban.since})`,
        causes: [{ kind: 'ban', from: ban.from, into: ban.into, since: ban.since }],
      };
    chosen = detours[0].found;
    avoided = detours[0].country;
  }
  const alternatives =
    q.alternatives > 0
      ? findAlternatives(net, chosen.filters, q.by, stops, chosen.path, q.alternatives, chosen.base).filter(
          (r) => !brokenBan(bans, r),
        )
      : [];
  const around = ban && avoided ? { plannedAround: { from: ban.from, into: ban.into, since: ban.since, avoided } } : {};
  return { ok: true, query: q, routes: [chosen.route, ...alternatives], ...around };
}
