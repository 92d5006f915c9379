// The shown route as map features: the legs and transfers as the GeoJSON export has them, plus the stops (origin,
// stops on the way, destination), and the box the camera should frame.
import { bbox } from '@turf/turf';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { routeToGeoJSON, type Network, type Route } from '../routing';
import type { Bounds } from '../store/camera-slice';

export function routeFeatures(route: Route, net: Network): FeatureCollection {
  const exported = routeToGeoJSON(route, net);
  const ids = [route.from, ...route.via, route.to];
  const stops: Feature<Point>[] = ids.flatMap((id, i) => {
    const n = net.nodeIndex.get(id);
    const node = n === undefined ? undefined : net.nodes[n];
    if (!node) return [];
    const role = i === 0 ? 'origin' : i === ids.length - 1 ? 'destination' : 'via';
    return [{ type: 'Feature', properties: { role, at: id }, geometry: { type: 'Point', coordinates: node.coord } }];
  });
  return { type: 'FeatureCollection', features: [...exported.features, ...stops] };
}

/** West, south, east, north of the route's legs. */
export function routeBounds(features: FeatureCollection): Bounds | null {
  if (!features.features.length) return null;
  const [w, s, e, n] = bbox(features);
  return Number.isFinite(w) ? [w, s, e, n] : null;
}
