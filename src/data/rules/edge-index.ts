// Straight edges of many lines or rings, bucketed in thin latitude bands. Natural Earth land has ~150,000 edges in
// our region; a query touches only the bands near its point, so checking thousands of sample points stays fast.
import type { Position } from 'geojson';

const KM_PER_DEG = 111.195;
/** Band height in degrees. */
const BAND = 0.1;

/** Distance from (px, py) to segment (x1, y1)-(x2, y2) in km, on a plane tangent at the point. */
function segmentKm(px: number, py: number, x1: number, y1: number, x2: number, y2: number): number {
  const k = Math.cos((py * Math.PI) / 180);
  const ax = (x1 - px) * k;
  const ay = y1 - py;
  const dx = (x2 - px) * k - ax;
  const dy = y2 - py - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy) * KM_PER_DEG;
}

export interface EdgeIndex {
  /** Even-odd test: inside an odd number of the rings (rings must not overlap; holes are rings too). */
  contains(lon: number, lat: number): boolean;
  /** Distance to the nearest edge within searchKm, or Infinity when none is that close. */
  nearestKm(lon: number, lat: number, searchKm: number): number;
}

export function buildEdgeIndex(lines: Position[][]): EdgeIndex {
  const xy: number[] = [];
  for (const line of lines)
    for (let i = 1; i < line.length; i++) {
      const [x1 = 0, y1 = 0] = line[i - 1] ?? [];
      const [x2 = 0, y2 = 0] = line[i] ?? [];
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
  return {
    contains(lon, lat) {
      // Ray cast towards the east over the edges that span this latitude.
      let inside = false;
      for (const e of bands.get(Math.floor(lat / BAND)) ?? []) {
        const x1 = edges[e] ?? 0;
        const y1 = edges[e + 1] ?? 0;
        const x2 = edges[e + 2] ?? 0;
        const y2 = edges[e + 3] ?? 0;
        if (y1 > lat !== y2 > lat && x1 + ((lat - y1) * (x2 - x1)) / (y2 - y1) > lon) inside = !inside;
      }
      return inside;
    },
    nearestKm(lon, lat, searchKm) {
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
          if (Math.max(x1, x2) < lon - dLon || Math.min(x1, x2) > lon + dLon) continue;
          best = Math.min(best, segmentKm(lon, lat, x1, edges[e + 1] ?? 0, x2, edges[e + 3] ?? 0));
        }
      return best <= searchKm ? best : Infinity;
    },
  };
}
