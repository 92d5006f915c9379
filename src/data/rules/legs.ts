// Legs must travel through the right medium and start and end at their nodes: ships stay off land except in the
// listed waterways, trains and trucks stay out of the sea (the Caspian counts as sea), and a leg's ends touch the
// nodes it names.
import { distance } from '@turf/turf';
import type { Position } from 'geojson';
import type { DataIssue, Located } from '../parse';
import type { SegmentFeature } from '../schema';
import { at, km, type Rule } from './context';
import type { Reference } from './reference';

/** Sea legs leave and reach ports over land-ish harbour areas: this much of each end is not checked. */
export const PORT_APPROACH_KM = 3;
/** A sea leg may clip the generalised coastline by this much before it counts as crossing land. */
export const SEA_LEG_INLAND_KM = 1;
/** A sea leg may cross land this close to a listed waterway (canals and river channels NE land does not cut). */
export const WATERWAY_KM = 1;
/** A rail or road leg may run this far off the coastline (causeways, bridges, generalised shores). */
export const LAND_LEG_OFFSHORE_KM = 2;
/** A segment's ends lie within this distance of its from and to nodes. */
export const END_LIMIT_KM = 2;
const STEP_KM = 1;
const SEARCH_KM = 300;

const kmBetween = (a: Position, b: Position) =>
  distance([a[0] ?? 0, a[1] ?? 0], [b[0] ?? 0, b[1] ?? 0], { units: 'kilometers' });

interface Stretch {
  vertex: number;
  lengthKm: number;
  samples: Position[];
  worstKm: number;
  at: Position;
}

/** How deep into the wrong medium a stretch goes, from at most this many of its samples (the search is costly). */
const DEPTH_SAMPLES = 40;

function measure(stretch: Stretch, depthKm: (p: Position) => number) {
  const n = stretch.samples.length;
  const step = Math.max(1, Math.floor(n / DEPTH_SAMPLES));
  for (let i = 0; i < n; i += step) {
    const p = stretch.samples[i] ?? [0, 0];
    const d = depthKm(p);
    if (d > stretch.worstKm || i === 0) Object.assign(stretch, { worstKm: d, at: p });
  }
}

/** Stretches of a line that are in the wrong medium, sampled every STEP_KM. */
function wrongStretches(line: Position[], isWrong: (p: Position) => boolean, skipEndsKm: number): Stretch[] {
  const total = line.slice(1).reduce((s, p, i) => s + kmBetween(line[i] ?? p, p), 0);
  const found: Stretch[] = [];
  let open: Stretch | undefined;
  let along = 0;
  for (let i = 1; i < line.length; i++) {
    const [ax = 0, ay = 0] = line[i - 1] ?? [];
    const [bx = 0, by = 0] = line[i] ?? [];
    const len = kmBetween([ax, ay], [bx, by]);
    const steps = Math.max(1, Math.ceil(len / STEP_KM));
    for (let s = 0; s < steps; s++) {
      const t = s / steps;
      const here = along + t * len;
      const p = [ax + t * (bx - ax), ay + t * (by - ay)];
      if (here >= skipEndsKm && total - here >= skipEndsKm && isWrong(p)) {
        open ??= { vertex: i - 1, lengthKm: 0, samples: [], worstKm: 0, at: p };
        open.lengthKm += len / steps;
        open.samples.push(p);
      } else if (open) {
        found.push(open);
        open = undefined;
      }
    }
    along += len;
  }
  if (open) found.push(open);
  return found;
}

function medium(p: SegmentFeature['properties'], ref: Reference) {
  const sea = p.mode === 'sea' || p.mode === 'ferry';
  const limit = sea ? SEA_LEG_INLAND_KM : LAND_LEG_OFFSHORE_KM;
  const wrongSide = ([lon = 0, lat = 0]: Position) => ref.isLand(lon, lat) === sea;
  const inPassage = ([lon = 0, lat = 0]: Position) => sea && ref.waterwayDistanceKm(lon, lat, WATERWAY_KM) < Infinity;
  return {
    sea,
    isWrong: (p: Position) =>
      wrongSide(p) && ref.coastDistanceKm(p[0] ?? 0, p[1] ?? 0, limit) === Infinity && !inPassage(p),
    depthKm: (p: Position) => ref.coastDistanceKm(p[0] ?? 0, p[1] ?? 0, SEARCH_KM),
  };
}

function checkLeg(rec: Located<SegmentFeature>, ref: Reference, nodes: Map<string, Position>): DataIssue[] {
  const issues: DataIssue[] = [];
  const p = rec.value.properties;
  const g = rec.value.geometry;
  const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  const multi = g.type === 'MultiLineString';
  if (p.mode !== 'pipeline') {
    const { sea, isWrong, depthKm } = medium(p, ref);
    lines.forEach((line, k) => {
      const stretches = wrongStretches(line, isWrong, sea ? PORT_APPROACH_KM : 0);
      const first = stretches[0];
      if (!first) return;
      measure(first, depthKm);
      const where = `(${first.at.map((n) => n.toFixed(2)).join(', ')})`;
      const depth = first.worstKm === Infinity ? `more than ${SEARCH_KM} km` : km(first.worstKm);
      const more = stretches.length > 1 ? `; ${stretches.length} such stretches` : '';
      const what = sea
        ? `${p.mode} leg crosses land for ${km(first.lengthKm)}, up to ${depth} from the coast at ${where}`
        : `${p.mode} leg runs in the sea for ${km(first.lengthKm)}, up to ${depth} from land at ${where}`;
      issues.push(
        at('segments.geojson', rec, `geometry.coordinates${multi ? `[${k}]` : ''}[${first.vertex}]`, what + more),
      );
    });
  }
  const start = lines[0]?.[0];
  const lastLine = lines[lines.length - 1] ?? [];
  const end = lastLine[lastLine.length - 1];
  const ends: [string, string, Position | undefined, string][] = [
    ['from', p.from, start, multi ? '[0][0]' : '[0]'],
    ['to', p.to, end, multi ? `[${lines.length - 1}][${lastLine.length - 1}]` : `[${lastLine.length - 1}]`],
  ];
  const off = ends.map(([, id, pos]) => {
    const node = nodes.get(id);
    return node && pos ? kmBetween(node, pos) : 0;
  });
  const fromNode = nodes.get(p.from);
  const toNode = nodes.get(p.to);
  // A line drawn from the `to` node to the `from` node is the common slip; say so instead of two distances.
  if (off.some((d) => d > END_LIMIT_KM) && fromNode && toNode && start && end)
    if (kmBetween(fromNode, end) <= END_LIMIT_KM && kmBetween(toNode, start) <= END_LIMIT_KM) {
      issues.push(at('segments.geojson', rec, 'geometry.coordinates', `runs from ${p.to} to ${p.from}: reverse it`));
      return issues;
    }
  ends.forEach(([role, id, , sub], i) => {
    const d = off[i] ?? 0;
    if (d <= END_LIMIT_KM) return;
    const which = role === 'from' ? 'first' : 'last';
    const message = `${role} node ${id} is ${km(d)} from the ${which} position (limit ${END_LIMIT_KM} km)`;
    issues.push(at('segments.geojson', rec, `geometry.coordinates${sub}`, message));
  });
  return issues;
}

export const legs: Rule = ({ files, ref }) => {
  const nodes = new Map(
    files['nodes.geojson'].records.map((r) => [r.value.properties.id, r.value.geometry.coordinates]),
  );
  return files['segments.geojson'].records.flatMap((r) => checkLeg(r, ref, nodes));
};
