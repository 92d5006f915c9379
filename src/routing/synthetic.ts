// A generated network for benchmarks: a jittered grid of places over Eurasia split into country bands with
// alternating gauges, border crossings on the band edges and a share of road legs. The same seed gives the same
// network, so timings from two runs compare like with like.
import type { Dataset, NodeFeature, SegmentFeature } from '../data/schema';

/** mulberry32: a small, fast, seedable PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const country = (band: number) =>
  `C${String.fromCharCode(65 + Math.floor(band / 26))}${String.fromCharCode(65 + (band % 26))}`;

export interface SyntheticOptions {
  /** Number of legs to generate (about). */
  edges: number;
  seed?: number;
  /** Columns per country band. */
  bandWidth?: number;
}

export function syntheticDataset({ edges, seed = 1, bandWidth = 25 }: SyntheticOptions): Dataset {
  const rnd = prng(seed);
  // A grid of w × h places has a little under 2.5 legs per place (right, down and every other diagonal); one more
  // row and column than that makes enough, and the last are cut off at `edges`.
  const side = Math.ceil(Math.sqrt(edges / 2.5)) + 1;
  const w = side;
  const h = side;
  const nodes: NodeFeature[] = [];
  const id = (x: number, y: number) => `n${x}-${y}`;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const band = Math.floor(x / bandWidth);
      const edge = x > 0 && x % bandWidth === 0;
      const lon = 20 + (110 * (x + rnd() * 0.6)) / w;
      const lat = 20 + (45 * (y + rnd() * 0.6)) / h;
      const countries = edge ? [country(band - 1), country(band)] : [country(band)];
      nodes.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5] },
        properties: {
          id: id(x, y),
          names: { en: `Place ${x}-${y}`, zh: `地点${x}-${y}`, ru: `Пункт ${x}-${y}` },
          aliases: [],
          status: 'operational',
          figures: [],
          sources: ['synthetic'],
          kind: edge ? 'border_crossing' : 'city',
          countries,
          modes: ['rail', 'road'],
          located: 'synthetic',
        },
      });
    }
  }
  const coord = (x: number, y: number) => nodes[y * w + x]!.geometry.coordinates;
  const segments: SegmentFeature[] = [];
  const link = (x1: number, y1: number, x2: number, y2: number) => {
    if (x2 >= w || y2 >= h || segments.length >= edges) return;
    const road = rnd() < 0.2;
    const band = Math.floor(Math.max(x1, x2) / bandWidth) - (Math.max(x1, x2) % bandWidth === 0 ? 1 : 0);
    const gauge = band % 2 === 0 ? 1435 : 1520;
    segments.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [coord(x1, y1), coord(x2, y2)] },
      properties: {
        id: `s${segments.length}`,
        corridors: [`band-${band}`],
        mode: road ? 'road' : 'rail',
        gauge: road ? undefined : gauge,
        status: rnd() < 0.02 ? 'planned' : 'operational',
        precision: 'schematic',
        geometrySource: 'synthetic',
        from: id(x1, y1),
        to: id(x2, y2),
        figures: [],
        sources: ['synthetic'],
      },
    });
  };
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      link(x, y, x + 1, y);
      link(x, y, x, y + 1);
      if ((x + y) % 2 === 0) link(x, y, x + 1, y + 1);
    }
  }
  return { sources: [], corridors: [], nodes, segments, projects: [] };
}
