// The countries a land leg's drawn line runs through, found where it crosses Natural Earth's land boundary lines
// (geo/ref/, the same lines the border crossings are snapped to). A leg's end nodes alone miss the countries in
// between: the line from Duisburg to Milan runs through Switzerland, where neither end lies. Pure: the build and
// the Node loader read the boundary file and pass it in.
import type { FeatureCollection, Geometry, Position } from 'geojson';
// With its extension: the Vite config loads this file through the build's data plugin.
import { NE_TO_ISO } from './ne-codes.ts';
import type { Dataset } from './schema';

/** The boundary lines, relative to the data folder. */
export const BORDER_FILE = 'ref/ne_10m_admin_0_boundary_lines_land.geojson';

/** Grid cell size in degrees for the boundary edges. */
const CELL = 0.5;
/** Crossings this close to a leg's end are the end node's own border (crossings sit on the line), not the leg's. */
const END_KM = 2;
/**
 * A line that steps over a border and back without any of its points lying this far past it runs along the border,
 * not through the neighbour: at 1:10M a river border (the Danube at the Iron Gates, the Panj, the Tumen) is a few km
 * off the line drawn on its bank. Measured on the data: false steps reach 4.1 km; the shortest real one, 5.0 km, was
 * the old Rostov line's 30 km through Ukraine, since redrawn on the Zhuravka–Millerovo bypass inside Russia.
 */
const DEPTH_KM = 4.5;
const KM_PER_DEG = 111.195;

interface BorderEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  a: string;
  b: string;
}

export type BorderIndex = Map<string, BorderEdge[]>;

const iso = (ne: string): string => NE_TO_ISO[ne] ?? ne;
const cellKey = (x: number, y: number) => `${x},${y}`;

function linesOf(g: Geometry): Position[][] {
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString') return g.coordinates;
  return [];
}

function* cells(x1: number, y1: number, x2: number, y2: number) {
  for (let x = Math.floor(Math.min(x1, x2) / CELL); x <= Math.floor(Math.max(x1, x2) / CELL); x++)
    for (let y = Math.floor(Math.min(y1, y2) / CELL); y <= Math.floor(Math.max(y1, y2) / CELL); y++)
      yield cellKey(x, y);
}

/** The boundary lines between two countries, edge by edge in a grid. Lines with the same code on both sides (a
 * lease or a buffer zone inside one country once NE codes are mapped to ISO) are no border. */
export function borderIndex(borders: FeatureCollection): BorderIndex {
  const index: BorderIndex = new Map();
  for (const f of borders.features) {
    const a = iso(String(f.properties?.adm0_a3_l));
    const b = iso(String(f.properties?.adm0_a3_r));
    if (a === b) continue;
    for (const line of linesOf(f.geometry))
      for (let i = 1; i < line.length; i++) {
        const [x1 = 0, y1 = 0] = line[i - 1]!;
        const [x2 = 0, y2 = 0] = line[i]!;
        const edge = { x1, y1, x2, y2, a, b };
        for (const k of cells(x1, y1, x2, y2)) {
          const list = index.get(k);
          if (list) list.push(edge);
          else index.set(k, [edge]);
        }
      }
  }
  return index;
}

/** Where p1–p2 crosses q1–q2, as a fraction along p1–p2; undefined when they do not cross. */
function crossAt(px: number, py: number, rx: number, ry: number, e: BorderEdge): number | undefined {
  const sx = e.x2 - e.x1;
  const sy = e.y2 - e.y1;
  const d = rx * sy - ry * sx;
  if (d === 0) return undefined;
  const t = ((e.x1 - px) * sy - (e.y1 - py) * sx) / d;
  const u = ((e.x1 - px) * ry - (e.y1 - py) * rx) / d;
  return t >= 0 && t < 1 && u >= 0 && u <= 1 ? t : undefined;
}

const edgeKm = (x1: number, y1: number, x2: number, y2: number) =>
  Math.hypot((x2 - x1) * Math.cos((((y1 + y2) / 2) * Math.PI) / 180), y2 - y1) * KM_PER_DEG;

interface Crossing {
  km: number;
  a: string;
  b: string;
}

/** Distance from a point to an edge in km, on a plane tangent at the point. */
function edgeDistanceKm(px: number, py: number, e: BorderEdge): number {
  const k = Math.cos((py * Math.PI) / 180);
  const ax = (e.x1 - px) * k;
  const ay = e.y1 - py;
  const dx = (e.x2 - px) * k - ax;
  const dy = e.y2 - py - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy) * KM_PER_DEG;
}

/** Whether a boundary line lies within DEPTH_KM (less than a cell, so the cells around the point suffice). */
function nearBorder(x: number, y: number, index: BorderIndex): boolean {
  const cx = Math.floor(x / CELL);
  const cy = Math.floor(y / CELL);
  for (let i = cx - 1; i <= cx + 1; i++)
    for (let j = cy - 1; j <= cy + 1; j++)
      if (index.get(cellKey(i, j))?.some((e) => edgeDistanceKm(x, y, e) < DEPTH_KM)) return true;
  return false;
}

interface Walk {
  crossings: Crossing[];
  /** The line's own points by km from the start. */
  points: { x: number; y: number; km: number }[];
  km: number;
}

/** Every border crossing along the lines, by km from the start, in order. */
function walk(lines: Position[][], index: BorderIndex): Walk {
  const crossings: Crossing[] = [];
  const points: Walk['points'] = [];
  let km = 0;
  for (const line of lines)
    for (let i = 1; i < line.length; i++) {
      const [x1 = 0, y1 = 0] = line[i - 1]!;
      const [x2 = 0, y2 = 0] = line[i]!;
      points.push({ x: x1, y: y1, km });
      const len = edgeKm(x1, y1, x2, y2);
      const seen = new Set<BorderEdge>();
      const here: Crossing[] = [];
      for (const k of cells(x1, y1, x2, y2))
        for (const e of index.get(k) ?? []) {
          if (seen.has(e)) continue;
          seen.add(e);
          const t = crossAt(x1, y1, x2 - x1, y2 - y1, e);
          if (t !== undefined) here.push({ km: km + t * len, a: e.a, b: e.b });
        }
      crossings.push(...here.sort((p, q) => p.km - q.km));
      km += len;
    }
  return { crossings, points, km };
}

const sameBorder = (p: Crossing, q: Crossing) => (p.a === q.a && p.b === q.b) || (p.a === q.b && p.b === q.a);

/** The countries passed from a start country across the crossings, in order. */
function follow(start: string, crossings: Crossing[]): string[] {
  const out = [start];
  for (const c of crossings) {
    const now = out[out.length - 1];
    const next = now === c.a ? c.b : now === c.b ? c.a : undefined;
    // A crossing of a border the leg is not on (two boundary lines meet at a tripoint): enter whichever side is new.
    const to = next ?? (out.includes(c.a) ? c.b : c.a);
    if (to !== now) out.push(to);
  }
  return out;
}

/**
 * The countries a land leg runs through, in travel order, from the countries of its two end nodes and its drawn
 * lines. It starts in the start node's country (a border crossing's side is the one its first step lies in) and
 * changes country at every crossing of a boundary line, unless it only runs along the border (DEPTH_KM). Ends
 * in the end node's country if the line did not already get there.
 */
export function countriesAlong(
  lines: Position[][],
  fromCountries: readonly string[],
  toCountries: readonly string[],
  index: BorderIndex,
): string[] {
  const { crossings, points, km } = walk(lines, index);
  const inner = crossings.filter((c) => c.km > END_KM && c.km < km - END_KM);
  // Over a border and back with no point of the line far past it: the line runs along the border.
  const shallow = (from: number, to: number) =>
    points.every((p) => p.km <= from || p.km >= to || nearBorder(p.x, p.y, index));
  const kept: Crossing[] = [];
  for (const c of inner) {
    const last = kept[kept.length - 1];
    if (last && sameBorder(last, c) && shallow(last.km, c.km)) kept.pop();
    else kept.push(c);
  }
  // Leaving or reaching a border crossing along its border is no step into the neighbour either.
  const crossingAt = (countries: readonly string[]): Crossing | undefined =>
    countries.length === 2 ? { km: 0, a: countries[0]!, b: countries[1]! } : undefined;
  const fromCrossing = crossingAt(fromCountries);
  const toCrossing = crossingAt(toCountries);
  while (fromCrossing && kept[0] && sameBorder(kept[0], fromCrossing) && shallow(0, kept[0].km)) kept.shift();
  while (toCrossing && kept.length && sameBorder(kept.at(-1)!, toCrossing) && shallow(kept.at(-1)!.km, km)) kept.pop();
  // From a border crossing, the side that leads to the end node through the crossings found.
  const walks = fromCountries.map((start) => follow(start, kept));
  const best = walks.find((w) => toCountries.includes(w.at(-1)!)) ?? walks[0] ?? [];
  const out = [...best];
  const end = out[out.length - 1];
  if (end && !toCountries.includes(end)) {
    const arrive = toCountries.find((c) => c !== end) ?? toCountries[0];
    if (arrive) out.push(arrive);
  }
  // Back into a country already passed is kept in order (the line really re-enters), but never twice in a row.
  return out.filter((c, i) => c !== out[i - 1]);
}

/** Every rail and road leg's countries by segment id; sea, ferry and pipeline legs are left to their ports. */
export function segmentCountries(data: Pick<Dataset, 'nodes' | 'segments'>, borders: FeatureCollection) {
  const index = borderIndex(borders);
  const nodeCountries = new Map(data.nodes.map((f) => [f.properties.id, f.properties.countries]));
  const out: Record<string, string[]> = {};
  for (const f of data.segments) {
    const p = f.properties;
    if (p.mode !== 'rail' && p.mode !== 'road') continue;
    const from = nodeCountries.get(p.from);
    const to = nodeCountries.get(p.to);
    if (!from || !to) continue;
    out[p.id] = countriesAlong(linesOf(f.geometry), from, to, index);
  }
  return out;
}
