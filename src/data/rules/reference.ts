// Natural Earth reference geometry, indexed so thousands of point queries stay fast:
// land (NE 10m, Caspian a hole in it) for "is this at sea" and "how far to the coast",
// and the land boundary lines, grouped by the pair of countries they separate.
import { lineString, point, pointToLineDistance } from '@turf/turf';
import type { FeatureCollection, Geometry, Position } from 'geojson';

const KM_PER_DEG = 111.195;
/** Edges are bucketed in latitude bands this many degrees tall. */
const BAND = 0.1;

/** Natural Earth codes that are not the ISO 3166-1 alpha-3 code of the country the data uses. */
export const NE_TO_ISO: Readonly<Record<string, string>> = {
  SDS: 'SSD', // South Sudan
  KOS: 'XKX', // Kosovo (no ISO code; XKX is the common user-assigned one)
  SAH: 'ESH', // Western Sahara
  PSX: 'PSE', // Palestine
  KAB: 'KAZ', // Baikonur lease area, part of Kazakhstan
  CYN: 'CYP', // Northern Cyprus
  CNM: 'CYP', // Cyprus UN buffer zone
  SOL: 'SOM', // Somaliland
  ESB: 'GBR', // Dhekelia sovereign base area
  WSB: 'GBR', // Akrotiri sovereign base area
  KAS: 'IND', // Siachen glacier (Kashmir), administered by India
};

const iso = (ne: string): string => NE_TO_ISO[ne] ?? ne;
export const pairKey = (a: string, b: string): string => [a, b].sort().join('|');
const normLon = (lon: number): number => (lon > 180 ? lon - 360 : lon);

interface BorderPart {
  coords: Position[];
  bbox: [number, number, number, number];
}

export interface Reference {
  isLand(lon: number, lat: number): boolean;
  /** Distance to the nearest coastline within searchKm, or Infinity when there is none that close. */
  coastDistanceKm(lon: number, lat: number, searchKm: number): number;
  /** Distance to the boundary line between two ISO countries; undefined when Natural Earth has no such line. */
  borderDistanceKm(lon: number, lat: number, a: string, b: string): number | undefined;
}

function bboxOf(coords: Position[]): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of coords) {
    b[0] = Math.min(b[0], x);
    b[1] = Math.min(b[1], y);
    b[2] = Math.max(b[2], x);
    b[3] = Math.max(b[3], y);
  }
  return b;
}

function linesOf(g: Geometry): Position[][] {
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString') return g.coordinates;
  if (g.type === 'Polygon') return g.coordinates;
  if (g.type === 'MultiPolygon') return g.coordinates.flat();
  return [];
}

/** Distance from (px, py) to segment (x1, y1)-(x2, y2) in km, on a plane tangent at the point. */
function segmentKm(px: number, py: number, x1: number, y1: number, x2: number, y2: number): number {
  const k = Math.cos((py * Math.PI) / 180);
  const ax = (x1 - px) * k;
  const ay = y1 - py;
  const bx = (x2 - px) * k;
  const by = y2 - py;
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy) * KM_PER_DEG;
}

export function buildReference(land: FeatureCollection, borders: FeatureCollection): Reference {
  const xy: number[] = [];
  for (const f of land.features)
    for (const ring of linesOf(f.geometry))
      for (let i = 1; i < ring.length; i++) {
        const [x1 = 0, y1 = 0] = ring[i - 1] ?? [];
        const [x2 = 0, y2 = 0] = ring[i] ?? [];
        xy.push(x1, y1, x2, y2);
      }
  const edges = Float64Array.from(xy);
  const bands = new Map<number, number[]>();
  for (let e = 0; e < edges.length; e += 4) {
    const y1 = edges[e + 1] ?? 0;
    const y2 = edges[e + 3] ?? 0;
    for (let b = Math.floor(Math.min(y1, y2) / BAND); b <= Math.floor(Math.max(y1, y2) / BAND); b++) {
      const list = bands.get(b) ?? [];
      list.push(e);
      bands.set(b, list);
    }
  }

  const byPair = new Map<string, BorderPart[]>();
  for (const f of borders.features) {
    const p = f.properties ?? {};
    const key = pairKey(iso(String(p.adm0_a3_l)), iso(String(p.adm0_a3_r)));
    const parts = byPair.get(key) ?? [];
    for (const coords of linesOf(f.geometry)) parts.push({ coords, bbox: bboxOf(coords) });
    byPair.set(key, parts);
  }

  return {
    isLand(lon, lat) {
      const x = normLon(lon);
      // Even-odd ray cast towards the east, over the edges that span this latitude.
      let inside = false;
      for (const e of bands.get(Math.floor(lat / BAND)) ?? []) {
        const x1 = edges[e] ?? 0;
        const y1 = edges[e + 1] ?? 0;
        const x2 = edges[e + 2] ?? 0;
        const y2 = edges[e + 3] ?? 0;
        if (y1 > lat !== y2 > lat && x1 + ((lat - y1) * (x2 - x1)) / (y2 - y1) > x) inside = !inside;
      }
      return inside;
    },
    coastDistanceKm(lon, lat, searchKm) {
      const x = normLon(lon);
      const dLat = searchKm / KM_PER_DEG;
      const dLon = dLat / Math.max(0.05, Math.cos((lat * Math.PI) / 180));
      let best = Infinity;
      const seen = new Set<number>();
      for (let b = Math.floor((lat - dLat) / BAND); b <= Math.floor((lat + dLat) / BAND); b++)
        for (const e of bands.get(b) ?? []) {
          if (seen.has(e)) continue;
          seen.add(e);
          const x1 = edges[e] ?? 0;
          const x2 = edges[e + 2] ?? 0;
          if (Math.max(x1, x2) < x - dLon || Math.min(x1, x2) > x + dLon) continue;
          const d = segmentKm(x, lat, x1, edges[e + 1] ?? 0, x2, edges[e + 3] ?? 0);
          if (d < best) best = d;
        }
      return best <= searchKm ? best : Infinity;
    },
    borderDistanceKm(lon, lat, a, b) {
      const parts = byPair.get(pairKey(a, b));
      if (!parts) return undefined;
      const x = normLon(lon);
      // Only parts whose box lies within a degree are measured, unless none does (then the message needs all).
      const near = parts.filter(
        (p) => x >= p.bbox[0] - 1 && x <= p.bbox[2] + 1 && lat >= p.bbox[1] - 1 && lat <= p.bbox[3] + 1,
      );
      const pt = point([x, lat]);
      let best = Infinity;
      for (const p of near.length ? near : parts)
        best = Math.min(best, pointToLineDistance(pt, lineString(p.coords), { units: 'kilometers' }));
      return best;
    },
  };
}
