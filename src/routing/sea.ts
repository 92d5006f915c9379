// "Compare with sea": the best route whose main haul is by ship, to set beside the rail answers. The search makes
// every land and ferry leg ten times dearer, so it reaches the sea at the nearest port with a lane and leaves it at
// the port nearest the destination; the route is then told with its true times and kilometres. Avoided countries
// and passages (SUEZ: round the Cape instead) hold as in the main plan.
import { buildCosts, type Filters } from './costs';
import { shortestPath } from './no-repeat';
import { combine, passageAdjustments } from './adjust';
import { checkQuery } from './query';
import { serviceNetwork } from './service';
import { summarise } from './summary';
import type { Network, Route, RouteQuery } from './types';

/** How much dearer a land leg is than its time while looking for the sea route. */
const LAND_FACTOR = 10;

export type SeaAnswer = { ok: true; route: Route } | { ok: false; reason: string };

export function planSeaRoute(network: Network, query: RouteQuery): SeaAnswer {
  const modes = query.modes && query.modes.length ? query.modes : undefined;
  if (modes && !modes.includes('sea')) return { ok: false, reason: 'sea is not among the allowed modes' };
  const checked = checkQuery(network, { ...query, alternatives: 0 });
  if (!checked.ok) return { ok: false, reason: checked.reason };
  const { query: q, stops } = checked;
  const net = serviceNetwork(network, q.service);
  const filters: Filters = { modes: q.modes, avoid: q.avoid, includePlanned: q.includePlanned, month: q.month };
  const land = new Map<number, number>();
  for (const s of net.segments) if (s.mode !== 'sea') land.set(s.index, LAND_FACTOR);
  const adj = combine(passageAdjustments(net, q.avoid), { segmentFactor: land });
  const path = shortestPath(net, buildCosts(net, filters, q.by, adj), stops);
  const route = path && summarise(net, path, stops, q.month);
  if (!route || !route.legs.some((l) => l.mode === 'sea'))
    return { ok: false, reason: 'no sea lane links the two places in the data under these options' };
  return { ok: true, route: { ...route, seaComparison: true } };
}
