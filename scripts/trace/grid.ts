// A bucket grid over lon/lat points, so "what is near here" does not scan the whole network.
import { distance } from '@turf/turf';

export type Pos = [number, number];

const CELL = 0.1; // degrees; about 11 km north–south
const COLS = Math.round(360 / CELL);

/** Longitude folded into [-180, 180), so 180 and -180 are the same place. */
export function foldLon(lon: number): number {
  const l = ((((lon + 180) % 360) + 360) % 360) - 180;
  return l;
}

export class PointGrid {
  private cells = new Map<number, number[]>();

  constructor(private readonly points: readonly Pos[]) {
    points.forEach((p, i) => {
      const key = this.key(this.col(p[0]), this.row(p[1]));
      const bucket = this.cells.get(key);
      if (bucket) bucket.push(i);
      else this.cells.set(key, [i]);
    });
  }

  private col(lon: number): number {
    return Math.floor((foldLon(lon) + 180) / CELL) % COLS;
  }
  private row(lat: number): number {
    return Math.floor((lat + 90) / CELL);
  }
  private key(col: number, row: number): number {
    return row * COLS + (((col % COLS) + COLS) % COLS);
  }

  /** Indices of points within maxKm of p, with their distances, nearest first. */
  within(p: Pos, maxKm: number, accept: (i: number) => boolean = () => true): { index: number; km: number }[] {
    const dLat = maxKm / 111 + CELL;
    const cos = Math.max(Math.cos((Math.min(Math.abs(p[1]) + dLat, 89.9) * Math.PI) / 180), 0.01);
    const dLon = Math.min(maxKm / (111 * cos) + CELL, 180);
    const c0 = this.col(p[0] - dLon);
    const cols = Math.min(Math.ceil((2 * dLon) / CELL) + 1, COLS);
    const r0 = this.row(Math.max(p[1] - dLat, -90));
    const r1 = this.row(Math.min(p[1] + dLat, 90));
    const found: { index: number; km: number }[] = [];
    for (let r = r0; r <= r1; r++) {
      for (let k = 0; k < cols; k++) {
        const bucket = this.cells.get(this.key(c0 + k, r));
        if (!bucket) continue;
        for (const i of bucket) {
          if (!accept(i)) continue;
          const km = distance(p, this.points[i]!);
          if (km <= maxKm) found.push({ index: i, km });
        }
      }
    }
    return found.sort((a, b) => a.km - b.km);
  }

  nearest(p: Pos, maxKm: number, accept?: (i: number) => boolean): { index: number; km: number } | undefined {
    return this.within(p, maxKm, accept)[0];
  }
}
