// Legs must travel through the right medium and start and end at their nodes: ships stay off land, trains and
// trucks stay out of the sea (the Caspian counts as sea), and a leg's ends touch the nodes it names.
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
  worstKm: number;
  at: Position;
  lengthKm: number;
}

/** Stretches of a line that are in the wrong medium, sampled every STEP_KM. */
function wrongStretches(
  line: Position[],
  isWrong: (lon: number, lat: number) => number,
  skipEndsKm: number,
): Stretch[] {
  const total = line.slice(1).reduce((s, p, i) => s + kmBetween(line[i] ?? p, p), 0);
  const found: Stretch[] = [];
  let open: Stretch | undefined;
  let along = 0;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] ?? [0, 0];
    const b = line[i] ?? [0, 0];
    const len = kmBetween(a, b);
    const steps = Math.max(1, Math.ceil(len / STEP_KM));
    for (let s = 0; s < steps; s++) {
      const t = s / steps;
      const here = along + t * len;
      const lon = (a[0] ?? 0) + t * ((b[0] ?? 0) - (a[0] ?? 0));
      const lat = (a[1] ?? 0) + t * ((b[1] ?? 0) - (a[1] ?? 0));
      const depth = here < skipEndsKm || total - here < skipEndsKm ? 0 : isWrong(lon, lat);
      if (depth > 0) {
        open ??= { vertex: i - 1, worstKm: 0, at: [lon, lat], lengthKm: 0 };
        open.lengthKm += len / steps;
        if (depth > open.worstKm) Object.assign(open, { worstKm: depth, at: [lon, lat] });
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
  const wrong = sea
    ? (lon: number, lat: number) => {
        if (!ref.isLand(lon, lat)) return 0;
        const d = ref.coastDistanceKm(lon, lat, SEARCH_KM);
        return d > SEA_LEG_INLAND_KM ? d : 0;
      }
    : (lon: number, lat: number) => {
        if (ref.isLand(lon, lat)) return 0;
        const d = ref.coastDistanceKm(lon, lat, SEARCH_KM);
        return d > LAND_LEG_OFFSHORE_KM ? d : 0;
      };
  return { sea, wrong };
}

function checkLeg(rec: Located<SegmentFeature>, ref: Reference, nodes: Map<string, Position>): DataIssue[] {
  const issues: DataIssue[] = [];
  const p = rec.value.properties;
  const g = rec.value.geometry;
  const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  const multi = g.type === 'MultiLineString';
  if (p.mode !== 'pipeline') {
    const { sea, wrong } = medium(p, ref);
    lines.forEach((line, k) => {
      const stretches = wrongStretches(line, wrong, sea ? PORT_APPROACH_KM : 0);
      const first = stretches[0];
      if (!first) return;
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
  for (const [role, id, pos, sub] of ends) {
    const node = nodes.get(id);
    if (!node || !pos) continue;
    const d = kmBetween(node, pos);
    if (d > END_LIMIT_KM)
      issues.push(
        at(
          'segments.geojson',
          rec,
          `geometry.coordinates${sub}`,
          `${role} node ${id} is ${km(d)} from the ${role === 'from' ? 'first' : 'last'} position (limit ${END_LIMIT_KM} km)`,
        ),
      );
  }
  return issues;
}

export const legs: Rule = ({ files, ref }) => {
  const nodes = new Map(
    files['nodes.geojson'].records.map((r) => [r.value.properties.id, r.value.geometry.coordinates]),
  );
  return files['segments.geojson'].records.flatMap((r) => checkLeg(r, ref, nodes));
};
