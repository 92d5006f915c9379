// Geometry checks against the Natural Earth extracts of geo/ref/ (so a clone alone can build): snapping a border crossing onto the boundary line between its two
// countries, and measuring how far a port lies from the coast.
import { booleanPointInPolygon, distance, nearestPointOnLine, point, polygonToLine } from '@turf/turf';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { loadRef, round5, type LonLat } from './reference';

type Line = Feature<LineString | MultiLineString>;

/** The NE land boundary lines between exactly these two countries (ISO alpha-3; NE uses ISO codes for these). */
export function boundaryBetween(a: string, b: string): Line[] {
  const lines = loadRef('ne_10m_admin_0_boundary_lines_land.geojson').features as Line[];
  return lines.filter((f) => {
    const l = f.properties?.adm0_a3_l as string;
    const r = f.properties?.adm0_a3_r as string;
    return (l === a && r === b) || (l === b && r === a);
  });
}

export interface Snap {
  at: LonLat;
  /** How far the published point was moved, km. */
  movedKm: number;
}

/** The nearest point of the a–b boundary to a published location. */
export function snapToBorder(published: LonLat, a: string, b: string): Snap {
  const lines = boundaryBetween(a, b);
  if (!lines.length) throw new Error(`Natural Earth has no land boundary ${a}–${b}`);
  let best: Snap | undefined;
  for (const line of lines) {
    const p = nearestPointOnLine(line, point(published), { units: 'kilometers' });
    const d = p.properties.dist ?? Infinity;
    if (!best || d < best.movedKm) {
      const [lon, lat] = p.geometry.coordinates as LonLat;
      best = { at: [round5(lon), round5(lat)], movedKm: d };
    }
  }
  return best as Snap;
}

/** The nearest point of the NE land outline (sea and Caspian coasts) to a point. */
export function nearestCoastPoint(at: LonLat): LonLat {
  const land = loadRef('ne_10m_land.geojson').features as Feature<Polygon | MultiPolygon>[];
  let best: { d: number; p: LonLat } = { d: Infinity, p: at };
  for (const f of land) {
    const [w, s, e, n] = bboxOf(f);
    if (at[0] < w - 1 || at[0] > e + 1 || at[1] < s - 1 || at[1] > n + 1) continue;
    const rings = polygonToLine(f);
    const parts = rings.type === 'FeatureCollection' ? rings.features : [rings];
    for (const ring of parts) {
      const q = nearestPointOnLine(ring as Line, point(at), { units: 'kilometers' });
      const d = q.properties.dist ?? Infinity;
      if (d < best.d) best = { d, p: q.geometry.coordinates as LonLat };
    }
  }
  return best.p;
}

/** Distance in km from a point to the nearest NE land-polygon edge, and whether it lies on land. */
export function coastDistance(at: LonLat): { km: number; onLand: boolean } {
  const land = loadRef('ne_10m_land.geojson').features as Feature<Polygon | MultiPolygon>[];
  const p = point(at);
  let km = Infinity;
  let onLand = false;
  for (const f of land) {
    const [w, s, e, n] = bboxOf(f);
    if (at[0] < w - 1 || at[0] > e + 1 || at[1] < s - 1 || at[1] > n + 1) continue;
    if (booleanPointInPolygon(p, f)) onLand = true;
    const rings = polygonToLine(f);
    const parts = rings.type === 'FeatureCollection' ? rings.features : [rings];
    for (const ring of parts) {
      const d = nearestPointOnLine(ring as Line, p, { units: 'kilometers' }).properties.dist ?? Infinity;
      km = Math.min(km, d);
    }
  }
  return { km, onLand };
}

function bboxOf(f: Feature<Polygon | MultiPolygon>): [number, number, number, number] {
  let w = 180;
  let s = 90;
  let e = -180;
  let n = -90;
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const poly of polys)
    for (const [x, y] of poly[0] ?? []) {
      w = Math.min(w, x as number);
      e = Math.max(e, x as number);
      s = Math.min(s, y as number);
      n = Math.max(n, y as number);
    }
  return [w, s, e, n];
}

export const kmBetween = (a: LonLat, b: LonLat): number => distance(point(a), point(b), { units: 'kilometers' });
