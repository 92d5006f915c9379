// RFC 7946 geometry beyond what the schema's shapes say: positions in range, no stutter, closed rings wound
// counter-clockwise (holes clockwise), lines that go somewhere, and no more precision than 5 decimals (about 1 m).
import type { Geometry, Position } from 'geojson';
import type { DataIssue, Located } from '../parse';
import type { DataFileName, NodeFeature, ProjectFeature, SegmentFeature } from '../schema';
import { at, type Rule } from './context';

export const MAX_DECIMALS = 5;

type GeoFeature = NodeFeature | SegmentFeature | ProjectFeature;

function decimals(n: number): number {
  const s = String(n);
  if (s.includes('e')) return Infinity;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** Every list of positions in a geometry with its path below "geometry.coordinates". */
function pathsOf(g: Geometry): { sub: string; line: Position[]; ring?: 'outer' | 'hole' }[] {
  switch (g.type) {
    case 'Point':
      return [{ sub: '', line: [g.coordinates] }];
    case 'MultiPoint':
      return [{ sub: '', line: g.coordinates }];
    case 'LineString':
      return [{ sub: '', line: g.coordinates }];
    case 'MultiLineString':
      return g.coordinates.map((line, i) => ({ sub: `[${i}]`, line }));
    case 'Polygon':
      return g.coordinates.map((line, i) => ({ sub: `[${i}]`, line, ring: i === 0 ? 'outer' : 'hole' }));
    default:
      return [];
  }
}

/** Twice the signed area in degrees²; positive when the ring runs counter-clockwise. */
function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i - 1] ?? [];
    const [x2 = 0, y2 = 0] = ring[i] ?? [];
    s += x1 * y2 - x2 * y1;
  }
  return s;
}

const same = (a: Position | undefined, b: Position | undefined) => !!a && !!b && a[0] === b[0] && a[1] === b[1];

function checkFeature(file: DataFileName, rec: Located<GeoFeature>): DataIssue[] {
  const issues: DataIssue[] = [];
  const g = rec.value.geometry as Geometry;
  const props = rec.value.properties;
  const seaLeg = 'mode' in props && (props.mode === 'sea' || props.mode === 'ferry');
  const report = (sub: string, message: string) => issues.push(at(file, rec, `geometry.coordinates${sub}`, message));
  const isPoint = g.type === 'Point';
  let tooPrecise: { sub: string; n: number } | undefined;
  let preciseCount = 0;
  for (const { sub, line, ring } of pathsOf(g)) {
    const pos = (i: number) => (isPoint ? sub : `${sub}[${i}]`);
    line.forEach((p, i) => {
      const [lon = 0, lat = 0] = p;
      if (lon < -180 || lon > 180) {
        const crosses = line.some(([x = 0]) => x <= 180) && line.some(([x = 0]) => x > 180);
        if (!(seaLeg && crosses && lon <= 360))
          report(
            pos(i),
            `longitude ${lon} is outside -180…180 (only a sea or ferry leg crossing the antimeridian may run past 180)`,
          );
      }
      if (lat < -90 || lat > 90) report(pos(i), `latitude ${lat} is outside -90…90`);
      for (const n of p)
        if (decimals(n) > MAX_DECIMALS) {
          preciseCount++;
          tooPrecise ??= { sub: pos(i), n };
        }
      if (i > 0 && same(line[i - 1], p)) report(pos(i), `position repeats the one before it`);
    });
    if (g.type === 'LineString' || g.type === 'MultiLineString') {
      if (new Set(line.map((p) => `${p[0]},${p[1]}`)).size < 2)
        report(sub, 'a line needs at least 2 distinct positions');
    }
    if (ring) {
      if (!same(line[0], line[line.length - 1]))
        report(sub, 'ring is not closed: its last position must equal its first');
      else if (new Set(line.map((p) => `${p[0]},${p[1]}`)).size < 3)
        report(sub, 'ring needs at least 3 distinct positions');
      else {
        const ccw = signedArea(line) > 0;
        if (ring === 'outer' && !ccw) report(sub, 'exterior ring runs clockwise; RFC 7946 wants counter-clockwise');
        if (ring === 'hole' && ccw) report(sub, 'hole runs counter-clockwise; RFC 7946 wants clockwise');
      }
    }
  }
  if (tooPrecise) {
    const more = preciseCount > 1 ? ` (${preciseCount} coordinates in this geometry)` : '';
    report(tooPrecise.sub, `${tooPrecise.n} has more than ${MAX_DECIMALS} decimals${more}`);
  }
  return issues;
}

export const geometry: Rule = ({ files }) => [
  ...files['nodes.geojson'].records.flatMap((r) => checkFeature('nodes.geojson', r)),
  ...files['segments.geojson'].records.flatMap((r) => checkFeature('segments.geojson', r)),
  ...files['projects.geojson'].records.flatMap((r) => checkFeature('projects.geojson', r)),
];
