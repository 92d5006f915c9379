// Is a point on land? Ray casting against Natural Earth land rings, with edges bucketed by latitude.
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { foldLon, type Pos } from './grid';

const BAND = 0.05; // degrees of latitude per bucket

type Seg = [number, number, number, number]; // x1, y1, x2, y2

export class LandIndex {
  private bands = new Map<number, Seg[]>();

  constructor(features: readonly Feature<Polygon | MultiPolygon>[]) {
    for (const f of features) {
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const ring of polys.flat()) {
        for (let i = 1; i < ring.length; i++) {
          const a = ring[i - 1]!;
          const b = ring[i]!;
          this.add([a[0]!, a[1]!, b[0]!, b[1]!]);
        }
      }
    }
  }

  private add(s: Seg): void {
    const lo = Math.floor(Math.min(s[1], s[3]) / BAND);
    const hi = Math.floor(Math.max(s[1], s[3]) / BAND);
    for (let k = lo; k <= hi; k++) {
      const list = this.bands.get(k);
      if (list) list.push(s);
      else this.bands.set(k, [s]);
    }
  }

  /** Even–odd rule: the Caspian, a hole in the land, counts as water. */
  isLand(p: Pos): boolean {
    const x = foldLon(p[0]);
    const y = p[1];
    let inside = false;
    for (const [x1, y1, x2, y2] of this.bands.get(Math.floor(y / BAND)) ?? []) {
      if (y1 > y !== y2 > y && x < x1 + ((y - y1) / (y2 - y1)) * (x2 - x1)) inside = !inside;
    }
    return inside;
  }

  /** Distance in km from p to the nearest coastline edge, if it is within maxKm. */
  coastKm(p: Pos, maxKm: number): number | undefined {
    const x = foldLon(p[0]);
    const y = p[1];
    const kx = 111.32 * Math.cos((y * Math.PI) / 180);
    const ky = 110.57;
    const lo = Math.floor((y - maxKm / ky) / BAND);
    const hi = Math.floor((y + maxKm / ky) / BAND);
    let best = Infinity;
    for (let k = lo; k <= hi; k++) {
      for (const [x1, y1, x2, y2] of this.bands.get(k) ?? []) {
        const ax = (x1 - x) * kx,
          ay = (y1 - y) * ky,
          bx = (x2 - x) * kx,
          by = (y2 - y) * ky;
        const dx = bx - ax,
          dy = by - ay;
        const len2 = dx * dx + dy * dy;
        const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
        const d = Math.hypot(ax + t * dx, ay + t * dy);
        if (d < best) best = d;
      }
    }
    return best <= maxKm ? best : undefined;
  }
}
