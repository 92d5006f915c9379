// Natural Earth reference geometry for the placement rules: land (NE 10m; the Caspian is a hole in it, so it counts
// as sea), major river centerlines (for river seaports), the land boundary lines grouped by country pair, and the
// hand-digitised ship passages that NE land fills in (ref/waterways.geojson).
import { lineString, nearestPointOnLine, point } from '@turf/turf';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { NE_TO_ISO } from '../ne-codes';
import { buildEdgeIndex } from './edge-index';

export { NE_TO_ISO };

const iso = (ne: string): string => NE_TO_ISO[ne] ?? ne;
export const pairKey = (a: string, b: string): string => [a, b].sort().join('|');
/** Sea legs east of the antimeridian may use longitudes past 180; the reference data uses -180…180. */
const normLon = (lon: number): number => (lon > 180 ? lon - 360 : lon);

export interface Reference {
  isLand(lon: number, lat: number): boolean;
  /** Distance to the nearest coastline within searchKm, or Infinity when there is none that close. */
  coastDistanceKm(lon: number, lat: number, searchKm: number): number;
  /** Distance to the nearest major river within searchKm, or Infinity. */
  riverDistanceKm(lon: number, lat: number, searchKm: number): number;
  /** Distance to the nearest listed ship passage NE land does not cut (Suez Canal, Volga channel), or Infinity. */
  waterwayDistanceKm(lon: number, lat: number, searchKm: number): number;
  /** The nearest point of the boundary line between two ISO countries; undefined when Natural Earth has none. */
  nearestBorder(lon: number, lat: number, a: string, b: string): { km: number; at: Position } | undefined;
}

interface BorderPart {
  coords: Position[];
  bbox: [number, number, number, number];
}

function bboxOf(coords: Position[]): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of coords)
    [b[0], b[1], b[2], b[3]] = [Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y)];
  return b;
}

function linesOf(g: Geometry): Position[][] {
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString' || g.type === 'Polygon') return g.coordinates;
  if (g.type === 'MultiPolygon') return g.coordinates.flat();
  return [];
}

export function buildReference(
  land: FeatureCollection,
  borders: FeatureCollection,
  rivers: FeatureCollection,
  waterways: FeatureCollection = { type: 'FeatureCollection', features: [] },
): Reference {
  const coast = buildEdgeIndex(land.features.flatMap((f) => linesOf(f.geometry)));
  const river = buildEdgeIndex(rivers.features.flatMap((f) => linesOf(f.geometry)));
  const waterway = buildEdgeIndex(waterways.features.flatMap((f) => linesOf(f.geometry)));
  const byPair = new Map<string, BorderPart[]>();
  for (const f of borders.features) {
    const p = f.properties ?? {};
    const key = pairKey(iso(String(p.adm0_a3_l)), iso(String(p.adm0_a3_r)));
    const parts = byPair.get(key) ?? [];
    for (const coords of linesOf(f.geometry)) parts.push({ coords, bbox: bboxOf(coords) });
    byPair.set(key, parts);
  }
  return {
    isLand: (lon, lat) => coast.contains(normLon(lon), lat),
    coastDistanceKm: (lon, lat, searchKm) => coast.nearestKm(normLon(lon), lat, searchKm),
    riverDistanceKm: (lon, lat, searchKm) => river.nearestKm(normLon(lon), lat, searchKm),
    waterwayDistanceKm: (lon, lat, searchKm) => waterway.nearestKm(normLon(lon), lat, searchKm),
    nearestBorder(lon, lat, a, b) {
      const parts = byPair.get(pairKey(a, b));
      if (!parts) return undefined;
      const x = normLon(lon);
      // Parts whose box is more than a degree away cannot be nearest unless all are; then the message needs them all.
      const near = parts.filter(
        (p) => x >= p.bbox[0] - 1 && x <= p.bbox[2] + 1 && lat >= p.bbox[1] - 1 && lat <= p.bbox[3] + 1,
      );
      let best = { km: Infinity, at: [x, lat] };
      for (const p of near.length ? near : parts) {
        const snap = nearestPointOnLine(lineString(p.coords), point([x, lat]), { units: 'kilometers' });
        if (snap.properties.pointDistance < best.km)
          best = { km: snap.properties.pointDistance, at: snap.geometry.coordinates };
      }
      return best;
    },
  };
}
