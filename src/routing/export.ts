// A route as GeoJSON to take away: one line feature per leg, drawn in travel order, and one point per transfer or
// border. Its CSV is the panel's (planner/route-csv.ts), for the command line too.
import { cutAtAntimeridian } from '../data/antimeridian';
import { EXPORT_LICENCE } from '../data/licence';
import type { Feature, FeatureCollection, LineString, MultiLineString, Point, Position } from 'geojson';
import type { Network, Route } from './types';

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

function nodeOf(net: Network, id: string) {
  const i = net.nodeIndex.get(id);
  return i === undefined ? undefined : net.nodes[i];
}

/** The leg's geometry, reversed when the route runs it from its `to` end. */
function legGeometry(net: Network, segmentId: string, fromId: string): LineString | MultiLineString | undefined {
  const index = net.segmentIndex.get(segmentId);
  const seg = index === undefined ? undefined : net.segments[index];
  if (!seg) return undefined;
  const forward = net.nodes[seg.from]?.id === fromId;
  const lines: Position[][] = forward ? seg.coordinates : [...seg.coordinates].reverse().map((l) => [...l].reverse());
  return lines.length === 1
    ? { type: 'LineString', coordinates: lines[0]! }
    : { type: 'MultiLineString', coordinates: lines };
}

export function routeToGeoJSON(
  route: Route,
  net: Network,
): FeatureCollection<LineString | MultiLineString | Point> & { licence: string; attribution: string } {
  const legs: Feature<LineString | MultiLineString>[] = route.legs.flatMap((l, i) => {
    const geometry = legGeometry(net, l.segment, l.from);
    if (!geometry) return [];
    const properties = {
      role: 'leg',
      leg: i + 1,
      segment: l.segment,
      mode: l.mode,
      gauge: l.gauge ?? null,
      from: l.from,
      to: l.to,
      km: round(l.km),
      hoursMin: round(l.hours.min),
      hoursTypical: round(l.hours.typical),
      hoursMax: round(l.hours.max),
      status: l.status,
      corridors: l.corridors,
      countries: l.countries,
      season: l.season ?? null,
    };
    return [{ type: 'Feature', properties, geometry }];
  });
  const stops: Feature<Point>[] = route.transfers.flatMap((t) => {
    const node = nodeOf(net, t.at);
    if (!node) return [];
    const properties = {
      role: t.kind,
      at: t.at,
      afterLeg: t.afterLeg + 1,
      from: t.fromCarrier,
      to: t.toCarrier,
      hoursMin: round(t.hours.min),
      hoursTypical: round(t.hours.typical),
      hoursMax: round(t.hours.max),
      sources: t.sources,
    };
    return [{ type: 'Feature', properties, geometry: { type: 'Point', coordinates: node.coord } }];
  });
  const cut = [...legs, ...stops].map((f) => ({ ...f, geometry: cutAtAntimeridian(f.geometry) as typeof f.geometry }));
  return { type: 'FeatureCollection', licence: EXPORT_LICENCE, attribution: routeAttribution(route), features: cut };
}

/** The sources a route's figures rest on: its legs' sources and the timing sources, by id. */
function routeAttribution(route: Route): string {
  const ids = new Set(route.legs.flatMap((l) => [...l.sources, ...l.timeSources]));
  return `Sources (ids in geo/sources.json): ${[...ids].sort().join('; ')}`;
}
