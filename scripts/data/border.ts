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

interface LandPart {
  polygon: Feature<Polygon>;
  outline: Line;
  bbox: [number, number, number, number];
}

let landParts: LandPart[] | undefined;
/** Each land polygon of geo/ref/ with its outline and bounding box, made once: the extract is one big MultiPolygon. */
function land(): LandPart[] {
  if (!landParts) {
    const features = loadRef('ne_10m_land.geojson').features as Feature<Polygon | MultiPolygon>[];
    landParts = features.flatMap((f) => {
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      return polys.map((coordinates) => {
        const polygon: Feature<Polygon> = {
          type: 'Feature',
          properties: {},
          geometry: { type: 'Polygon', coordinates },
        };
        return { polygon, outline: polygonToLine(polygon) as Line, bbox: bboxOf(coordinates[0] ?? []) };
      });
    });
  }
  return landParts;
}

/** How far around a point the coast is looked for, degrees: every port and coast node lies far closer. */
const REACH_DEG = 1;
const within = (p: readonly number[], at: LonLat) =>
  Math.abs(p[0]! - at[0]) <= REACH_DEG && Math.abs(p[1]! - at[1]) <= REACH_DEG;

/** The land polygons whose box lies within REACH_DEG of the point: the nearest coast is among them. */
const near = (at: LonLat) =>
  land().filter(
    ({ bbox: [w, s, e, n] }) =>
      at[0] >= w - REACH_DEG && at[0] <= e + REACH_DEG && at[1] >= s - REACH_DEG && at[1] <= n + REACH_DEG,
  );

/**
 * The stretches of an outline with a vertex near the point, in their order: measuring these instead of the whole
 * Eurasian outline gives the same nearest point (NE 10m segments are far shorter than REACH_DEG) in a fraction of
 * the time.
 */
function nearbyOutline(outline: Line, at: LonLat): Line | undefined {
  const lines = outline.geometry.type === 'LineString' ? [outline.geometry.coordinates] : outline.geometry.coordinates;
  const runs: number[][][] = [];
  for (const line of lines) {
    let run: number[][] = [];
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1]!;
      const b = line[i]!;
      if (within(a, at) || within(b, at)) {
        if (!run.length) run.push(a);
        run.push(b);
      } else if (run.length) {
        runs.push(run);
        run = [];
      }
    }
    if (run.length) runs.push(run);
  }
  if (!runs.length) return undefined;
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: runs } };
}

/** The nearest point of the NE land outline (sea and Caspian coasts) to a point. */
export function nearestCoastPoint(at: LonLat): LonLat {
  let best: { d: number; p: LonLat } = { d: Infinity, p: at };
  for (const part of near(at)) {
    const outline = nearbyOutline(part.outline, at);
    if (!outline) continue;
    const q = nearestPointOnLine(outline, point(at), { units: 'kilometers' });
    const d = q.properties.dist ?? Infinity;
    if (d < best.d) best = { d, p: q.geometry.coordinates as LonLat };
  }
  return best.p;
}

/** Distance in km from a point to the nearest NE land-polygon edge, and whether it lies on land. */
export function coastDistance(at: LonLat): { km: number; onLand: boolean } {
  const p = point(at);
  let km = Infinity;
  let onLand = false;
  for (const part of near(at)) {
    if (booleanPointInPolygon(p, part.polygon)) onLand = true;
    const outline = nearbyOutline(part.outline, at);
    if (outline) km = Math.min(km, nearestPointOnLine(outline, p, { units: 'kilometers' }).properties.dist ?? Infinity);
  }
  return { km, onLand };
}

function bboxOf(ring: readonly (readonly number[])[]): [number, number, number, number] {
  let w = 180;
  let s = 90;
  let e = -180;
  let n = -90;
  for (const [x, y] of ring) {
    w = Math.min(w, x as number);
    e = Math.max(e, x as number);
    s = Math.min(s, y as number);
    n = Math.max(n, y as number);
  }
  return [w, s, e, n];
}

export const kmBetween = (a: LonLat, b: LonLat): number => distance(point(a), point(b), { units: 'kilometers' });
