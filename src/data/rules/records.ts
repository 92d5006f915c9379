// Rules about one record at a time that the schema cannot say: names really in three scripts, years that agree
// with the status, a gauge on every rail leg, both sides on every border crossing.
import type { DataIssue, Located } from '../parse';
import type { Corridor, Figure, Names, NodeFeature, ProjectFeature, SegmentFeature } from '../schema';
import { at, type Rule } from './context';

type Issue = (sub: string, message: string) => void;

const HAN = /\p{Script=Han}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** A copy-pasted English name in the zh or ru slot is the usual slip; the script gives it away. */
function checkNames(names: Names | undefined, base: string, issue: Issue) {
  if (!names) return;
  if (!HAN.test(names.zh)) issue(`${base}names.zh`, `"${names.zh}" has no Chinese characters`);
  if (!CYRILLIC.test(names.ru)) issue(`${base}names.ru`, `"${names.ru}" has no Cyrillic letters`);
}

interface Dated {
  status: string;
  opened?: number;
  planned?: number;
  closed?: number;
  figures: Figure[];
}

/**
 * Years read as: opened = first year in service; planned = year it is due to open; closed = year service stopped.
 * Something not yet built has not opened or closed; something in service has opened no later than this year
 * and is not still waiting for a future planned year (unless `opened` says when the first part opened).
 */
function checkYears(r: Dated, base: string, thisYear: number, issue: Issue) {
  const unbuilt = r.status === 'planned' || r.status === 'proposed' || r.status === 'under_construction';
  if (unbuilt && r.opened !== undefined) issue(`${base}opened`, `a ${r.status} record has not opened; use planned`);
  if (r.closed !== undefined && r.status !== 'suspended') issue(`${base}closed`, `only a suspended record has closed`);
  if (r.status === 'operational' || r.status === 'suspended') {
    if (r.opened !== undefined && r.opened > thisYear) issue(`${base}opened`, `opened ${r.opened} is in the future`);
    if (r.planned !== undefined && r.planned > thisYear && r.opened === undefined)
      issue(`${base}planned`, `${r.status} but planned for ${r.planned}; give opened, or the status is planned`);
  }
  if (r.closed !== undefined && r.opened !== undefined && r.closed < r.opened)
    issue(`${base}closed`, `closed ${r.closed} is before opened ${r.opened}`);
  if (r.closed !== undefined && r.closed > thisYear) issue(`${base}closed`, `closed ${r.closed} is in the future`);
  r.figures.forEach((f, i) => {
    if (Number(f.asOf.slice(0, 4)) > thisYear) issue(`${base}figures[${i}].asOf`, `as of ${f.asOf} is in the future`);
  });
}

function checkCorridor(rec: Located<Corridor>, thisYear: number): DataIssue[] {
  const issues: DataIssue[] = [];
  const issue: Issue = (sub, m) => issues.push(at('corridors.json', rec, sub, m));
  checkNames(rec.value.names, '', issue);
  checkYears(rec.value, '', thisYear, issue);
  if (rec.value.parent === rec.value.id) issue('parent', 'a corridor cannot be its own parent');
  return issues;
}

function checkNode(rec: Located<NodeFeature>, thisYear: number): DataIssue[] {
  const issues: DataIssue[] = [];
  const issue: Issue = (sub, m) => issues.push(at('nodes.geojson', rec, sub, m));
  const p = rec.value.properties;
  checkNames(p.names, 'properties.', issue);
  checkYears(p, 'properties.', thisYear, issue);
  if (p.kind === 'border_crossing') {
    if (!p.sides) issue('properties.sides', 'a border crossing lists its two sides: [{country, name, gauge}, {…}]');
    else {
      const [a, b] = p.sides;
      if (a && b && a.country === b.country) issue('properties.sides[1].country', 'both sides are in the same country');
      p.sides.forEach((s, i) => {
        if (!p.countries.includes(s.country))
          issue(`properties.sides[${i}].country`, `${s.country} is not in countries [${p.countries.join(', ')}]`);
        if (p.modes.includes('rail') && s.gauge === undefined)
          issue(`properties.sides[${i}].gauge`, 'a rail crossing gives the gauge on each side');
      });
    }
  } else if (p.sides) issue('properties.sides', `only a border crossing has sides (this is a ${p.kind})`);
  if (p.dwellHours && !p.dwellSource) issue('properties.dwellSource', 'dwellHours needs the source it comes from');
  return issues;
}

function checkSegment(rec: Located<SegmentFeature>, thisYear: number): DataIssue[] {
  const issues: DataIssue[] = [];
  const issue: Issue = (sub, m) => issues.push(at('segments.geojson', rec, sub, m));
  const p = rec.value.properties;
  checkNames(p.names, 'properties.', issue);
  checkYears(p, 'properties.', thisYear, issue);
  if (p.mode === 'rail' && p.gauge === undefined)
    issue('properties.gauge', 'a rail segment has a gauge (1435, 1520 or 1676)');
  if (p.mode !== 'rail' && p.gauge !== undefined) issue('properties.gauge', `a ${p.mode} segment has no gauge`);
  if (p.from === p.to) issue('properties.to', 'a segment joins two different nodes');
  return issues;
}

function checkProject(rec: Located<ProjectFeature>, thisYear: number): DataIssue[] {
  const issues: DataIssue[] = [];
  const issue: Issue = (sub, m) => issues.push(at('projects.geojson', rec, sub, m));
  const p = rec.value.properties;
  checkNames(p.names, 'properties.', issue);
  checkYears(p, 'properties.', thisYear, issue);
  if (p.start !== undefined && p.completion !== undefined && p.completion < p.start)
    issue('properties.completion', `completion ${p.completion} is before start ${p.start}`);
  if (p.investment && Number(p.investment.asOf.slice(0, 4)) > thisYear)
    issue('properties.investment.asOf', `as of ${p.investment.asOf} is in the future`);
  return issues;
}

export const records: Rule = ({ files, thisYear }) => [
  ...files['corridors.json'].records.flatMap((r) => checkCorridor(r, thisYear)),
  ...files['nodes.geojson'].records.flatMap((r) => checkNode(r, thisYear)),
  ...files['segments.geojson'].records.flatMap((r) => checkSegment(r, thisYear)),
  ...files['projects.geojson'].records.flatMap((r) => checkProject(r, thisYear)),
];
