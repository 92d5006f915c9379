// Distances between two points a reader clicks: as the crow flies (great circle) and along the network the atlas
// draws, from the network place nearest each click by the shortest path in km.
import { distance } from '@turf/turf';
import { planRoutes, type Network, type Route } from '../routing';
import type { LonLat } from '../store/measure-slice';

/** A click further than this from any place of the network measures only as the crow flies. */
export const SNAP_KM = 150;

export const crowKm = (a: LonLat, b: LonLat): number => distance(a, b, { units: 'kilometers' });

/** The network place nearest a point, with how far it is; null when none is within SNAP_KM. */
export function nearestPlace(net: Network, p: LonLat): { id: string; km: number } | null {
  let best: { id: string; km: number } | null = null;
  for (const n of net.nodes) {
    if (!n.carriers) continue;
    const km = crowKm(p, n.coord as LonLat);
    if (km <= SNAP_KM && (!best || km < best.km)) best = { id: n.id, km };
  }
  return best;
}

export interface NetworkMeasure {
  from: string;
  to: string;
  /** The shortest path's km over the legs the atlas draws (planned ones included). */
  km: number;
  route: Route;
}

/** The shortest way along the network between the places nearest two clicks, or null when there is none. */
export function networkMeasure(net: Network, a: LonLat, b: LonLat): NetworkMeasure | null {
  const from = nearestPlace(net, a);
  const to = nearestPlace(net, b);
  if (!from || !to || from.id === to.id) return null;
  const plan = planRoutes(net, { from: from.id, to: to.id, by: 'distance', alternatives: 0, includePlanned: true });
  if (!plan.ok || !plan.routes[0]) return null;
  return { from: from.id, to: to.id, km: plan.routes[0].km, route: plan.routes[0] };
}
