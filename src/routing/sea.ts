// "Compare with sea": the best route whose main haul is by ship, to set beside the rail answers. The search makes
// every land and ferry leg ten times dearer, so it reaches the sea at the nearest port with a lane and leaves it at
// the port nearest the destination; the route is then told with its true times and kilometres. Avoided countries
// and passages (SUEZ: round the Cape instead) hold as in the main plan, and so do the entry bans.
import { buildCosts, type Filters } from './costs';
import { shortestPath } from './no-repeat';
import { combine, passageAdjustments } from './adjust';
import { banText, keepBans } from './entry-bans';
import { checkQuery } from './query';
import { serviceNetwork } from './service';
import { summarise } from './summary';
import type { Network, Route, RouteQuery } from './types';

/** How much dearer a land leg is than its time while looking for the sea route. */
const LAND_FACTOR = 10;

export type SeaAnswer = { ok: true; route: Route } | { ok: false; reason: string };

const NO_LANE = 'no sea lane links the two places in the data under these options';

export function planSeaRoute(network: Network, query: RouteQuery): SeaAnswer {
  const modes = query.modes && query.modes.length ? query.modes : undefined;
  if (modes && !modes.includes('sea')) return { ok: false, reason: 'sea is not among the allowed modes' };
  const checked = checkQuery(network, { ...query, alternatives: 0 });
  if (!checked.ok) return { ok: false, reason: checked.reason };
  const { query: q, stops } = checked;
  const net = serviceNetwork(network, q.service);
  const filters: Filters = { modes: q.modes, avoid: q.avoid, includePlanned: q.includePlanned, month: q.month };
  const factor = new Map<number, number>();
  for (const s of net.segments) if (s.mode !== 'sea') factor.set(s.index, LAND_FACTOR);
  const land = { segmentFactor: factor };
  const search = (f: Filters) => {
    const path = shortestPath(net, buildCosts(net, f, q.by, combine(passageAdjustments(net, f.avoid), land)), stops);
    return path && { route: summarise(net, path, stops, q.month) };
  };
  const first = search(filters);
  if (!first || !first.route.legs.some((l) => l.mode === 'sea')) return { ok: false, reason: NO_LANE };
  // The sea comparison keeps the entry bans as the planner's answers do (Kashgar → Mumbai not by Karachi).
  const kept = keepBans(net, stops, filters, q.by, first, search);
  if (!kept.ok) return { ok: false, reason: banText(kept.ban) };
  const { route } = kept.found;
  if (!route.legs.some((l) => l.mode === 'sea')) return { ok: false, reason: NO_LANE };
  return { ok: true, route: { ...route, seaComparison: true } };
}
