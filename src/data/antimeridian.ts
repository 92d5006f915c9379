// Exported geometry cut at the antimeridian, as RFC 7946 §3.1.9 asks: longitudes in [-180, 180], and a line
// that crosses 180° split there into parts of a MultiLineString, so other tools do not draw it round the world.
// The atlas itself keeps continuous longitudes past 180° (the Bering Strait) because MapLibre draws them well.
import type { Geometry, Position } from 'geojson';

function wrap(lon: number): number {
  const w = ((((lon + 180) % 360) + 360) % 360) - 180;
  return w === -180 && lon > 0 ? 180 : w;
}

function wrapPosition([lon, lat, ...rest]: Position): Position {
  const w = lon! > 180 || lon! < -180 ? wrap(lon!) : lon!;
  return [w, lat!, ...rest];
}

/** One line as the parts it becomes when cut at ±180°. */
export function cutLine(line: Position[]): Position[][] {
  const parts: Position[][] = [];
  let part: Position[] = [];
  let prev: Position | undefined;
  // Unwrapped longitudes first, so a crossing shows as passing an odd multiple of 180.
  for (const p of line) {
    if (!prev) {
      part.push(wrapPosition(p));
      prev = p;
      continue;
    }
    const [x0, y0] = prev as [number, number];
    let [x1] = p as [number, number];
    const y1 = p[1]!;
    // The shorter way round between the two points, as a line on a map means.
    while (x1 - x0 > 180) x1 -= 360;
    while (x0 - x1 > 180) x1 += 360;
    const k0 = Math.floor((x0 + 180) / 360);
    const k1 = Math.floor((x1 + 180) / 360);
    if (k0 !== k1) {
      const edge = 180 + 360 * Math.min(k0, k1);
      const t = (edge - x0) / (x1 - x0);
      const lat = y0 + t * (y1 - y0);
      const east = x1 > x0;
      part.push([east ? 180 : -180, lat]);
      parts.push(part);
      part = [[east ? -180 : 180, lat]];
    }
    part.push(wrapPosition(p));
    prev = [x1, y1];
  }
  parts.push(part);
  return parts.filter((q) => q.length >= 2);
}

export function cutAtAntimeridian<G extends Geometry | null>(geometry: G): Geometry | null {
  if (!geometry) return null;
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: wrapPosition(geometry.coordinates) };
    case 'LineString': {
      const parts = cutLine(geometry.coordinates);
      return parts.length === 1
        ? { type: 'LineString', coordinates: parts[0]! }
        : { type: 'MultiLineString', coordinates: parts };
    }
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: geometry.coordinates.flatMap(cutLine) };
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: geometry.coordinates.map(wrapPosition) };
    default:
      return geometry;
  }
}
