// What can be found: every corridor, node, segment and project, with all its names and aliases.
import type { Dataset, Lang, Names } from '../data/schema';
import { legName } from '../i18n/leg-name';

/** What a search hit is: an atlas record, or a glossary term (src/glossary). */
export type RecordType = 'corridor' | 'node' | 'segment' | 'project' | 'term';

export interface SearchDoc {
  id: string;
  type: RecordType;
  /** The record's kind (border_crossing, seaport, corridor, railway...), or the mode for a segment. */
  kind: string;
  label: Names;
  /** Every written form: the three names and the aliases. */
  names: string[];
  /** Ties between equally good matches go to the more important record. */
  importance: number;
  /** ISO alpha-3 codes of a place's countries, shown beside its name (which Samara?). */
  countries?: string[];
}

/** Crossings, ports and corridors are what readers look for most; unnamed segments least. */
const IMPORTANCE: Record<string, number> = {
  corridor: 6,
  border_crossing: 6,
  seaport: 6,
  dry_port: 5,
  branch: 5,
  service: 4,
  route: 4,
  pipeline: 4,
  gauge_change: 4,
  terminal: 4,
  city: 3,
  junction: 2,
};
const PROJECT_IMPORTANCE = 3;
const SEGMENT_IMPORTANCE = 1;

const allNames = (label: Names, aliases: readonly string[] = []) => [label.en, label.zh, label.ru, ...aliases];

/** A segment without names of its own is called after its ends: "Khorgos – Almaty". */
function segmentLabel(from: Names | undefined, to: Names | undefined, fallback: string): Names {
  const join = (lang: Lang) => (from && to ? legName(lang, from[lang], to[lang]) : fallback);
  return { en: join('en'), zh: join('zh'), ru: join('ru') };
}

export function searchDocs(data: Dataset): SearchDoc[] {
  const nodeNames = new Map(data.nodes.map((n) => [n.properties.id, n.properties.names]));
  const docs: SearchDoc[] = [];
  for (const c of data.corridors) {
    docs.push({
      id: c.id,
      type: 'corridor',
      kind: c.kind,
      label: c.names,
      names: allNames(c.names, c.aliases),
      importance: IMPORTANCE[c.kind] ?? 4,
    });
  }
  for (const { properties: n } of data.nodes) {
    docs.push({
      id: n.id,
      type: 'node',
      kind: n.kind,
      label: n.names,
      names: allNames(n.names, n.aliases),
      importance: IMPORTANCE[n.kind] ?? 3,
      countries: n.countries,
    });
  }
  for (const { properties: p } of data.projects) {
    docs.push({
      id: p.id,
      type: 'project',
      kind: p.kind,
      label: p.names,
      names: allNames(p.names, p.aliases),
      importance: PROJECT_IMPORTANCE,
    });
  }
  for (const { properties: s } of data.segments) {
    const label = s.names ?? segmentLabel(nodeNames.get(s.from), nodeNames.get(s.to), s.id);
    docs.push({
      id: s.id,
      type: 'segment',
      kind: s.mode,
      label,
      names: allNames(label),
      importance: SEGMENT_IMPORTANCE,
    });
  }
  return docs;
}
