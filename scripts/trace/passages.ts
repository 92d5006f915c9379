// Ship passages that Natural Earth land fills in (the Suez Canal, the Volga–Caspian channel), read from
// geo/ref/waterways.geojson: ships may cross land along them, and the sea and ferry networks run through them.
import { existsSync } from 'node:fs';
import { drawnFromCollection, readCollection, type DrawnLine } from './networks';
import type { Pos } from './grid';

/** How close to a passage's centre line a ship may be on land (the validation allows the same). */
export const PASSAGE_KM = 1;

/** The passages by id, as drawn lines (each piece carries the source "line:<id>"); none when the file is absent. */
export function readPassages(path: string): Map<string, DrawnLine> {
  return existsSync(path) ? drawnFromCollection(readCollection(path), path) : new Map();
}

/** Is p within maxKm of a passage centre line? Plane distance on a tangent plane: passages are short. */
export function nearPassage(passages: Map<string, DrawnLine>, maxKm = PASSAGE_KM): (p: Pos) => boolean {
  const edges: [Pos, Pos][] = [];
  for (const d of passages.values())
    for (const line of d.lines)
      for (let i = 1; i < line.coords.length; i++) edges.push([line.coords[i - 1]!, line.coords[i]!]);
  return ([x, y]) => {
    const kx = 111.32 * Math.cos((y * Math.PI) / 180);
    const ky = 110.57;
    for (const [[x1, y1], [x2, y2]] of edges) {
      const ax = (x1 - x) * kx;
      const ay = (y1 - y) * ky;
      const dx = (x2 - x1) * kx;
      const dy = (y2 - y1) * ky;
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
      if (Math.hypot(ax + t * dx, ay + t * dy) <= maxKm) return true;
    }
    return false;
  };
}
