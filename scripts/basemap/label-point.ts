// Where to put one label inside an area: the point of the largest part that lies farthest from its
// edges, measured on the Web Mercator plane the map is drawn on (a centroid can fall outside a
// crescent-shaped sea or a country like Croatia).
import type { MultiPolygon, Polygon, Position } from 'geojson';

type Ring = [number, number][];

const DEG = Math.PI / 180;
const toPlane = ([lon = 0, lat = 0]: Position): [number, number] => [
  lon,
  Math.log(Math.tan(Math.PI / 4 + (lat * DEG) / 2)) / DEG,
];
const toLonLat = ([x, y]: [number, number]): [number, number] => [
  x,
  (2 * Math.atan(Math.exp(y * DEG)) - Math.PI / 2) / DEG,
];

function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    sum += (xj - xi) * (yj + yi);
  }
  return Math.abs(sum / 2);
}

/** Distance from p to the nearest edge, negative when p is outside the polygon (holes count as outside). */
function signedDistance(p: [number, number], rings: Ring[]): number {
  let inside = false;
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[j]!;
      const [bx, by] = ring[i]!;
      if (by > p[1] !== ay > p[1] && p[0] < ((ax - bx) * (p[1] - by)) / (ay - by) + bx) inside = !inside;
      const dx = bx - ax;
      const dy = by - ay;
      const len = dx * dx + dy * dy;
      const t = len ? Math.max(0, Math.min(1, ((p[0] - ax) * dx + (p[1] - ay) * dy) / len)) : 0;
      best = Math.min(best, Math.hypot(p[0] - ax - t * dx, p[1] - ay - t * dy));
    }
  }
  return inside ? best : -best;
}

/** Grid search refined around the best cell: deterministic and precise enough for a label anchor. */
function farthestInside(rings: Ring[]): [number, number] {
  const outer = rings[0]!;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of outer) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  let best: [number, number] = outer[0]!;
  let bestDistance = -Infinity;
  let [cx, cy] = [(minX + maxX) / 2, (minY + maxY) / 2];
  let [halfW, halfH] = [(maxX - minX) / 2, (maxY - minY) / 2];
  const steps = 24;
  for (let round = 0; round < 5; round++) {
    for (let i = 0; i <= steps; i++) {
      for (let j = 0; j <= steps; j++) {
        const p: [number, number] = [cx - halfW + (2 * halfW * i) / steps, cy - halfH + (2 * halfH * j) / steps];
        const d = signedDistance(p, rings);
        if (d > bestDistance) [best, bestDistance] = [p, d];
      }
    }
    [cx, cy] = best;
    [halfW, halfH] = [(2 * halfW) / steps, (2 * halfH) / steps];
  }
  return best;
}

export function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let largest: Ring[] = [];
  let largestArea = -1;
  for (const polygon of polygons) {
    const rings = polygon.map((ring) => ring.map(toPlane));
    const area = ringArea(rings[0] ?? []);
    if (area > largestArea) [largest, largestArea] = [rings, area];
  }
  const [lon, lat] = toLonLat(farthestInside(largest));
  return [Math.round(lon * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4];
}
