// One flat view of every kind of record, for the list, the CSV and the GeoJSON: its names in three languages,
// the corridors and countries it belongs to, one year to sort by, and a geometry (a corridor's is its legs).
import type { Geometry, MultiLineString } from 'geojson';
import { corridorsOf, countriesOf, modesOf, type AtlasIndex, type RecordType } from '../data/indexes';
import type { Figure, Lang, Mode, Names, Status } from '../data/schema';
import { legName } from '../i18n/leg-name';

export interface RecordSummary {
  type: RecordType;
  id: string;
  /** Corridor kind, node kind, project kind, or the mode of a segment. */
  kind: string;
  names: Names;
  aliases: string[];
  /** The status the record has in the network shown (the year control can make a suspended line operational). */
  status: Status;
  opened?: number;
  planned?: number;
  closed?: number;
  /** The one year a table sorts by: opened, else planned (projects: completion, else start). */
  year?: number;
  corridors: string[];
  countries: string[];
  modes: Mode[];
  gauge?: number;
  lengthKm?: { min: number; max: number };
  summary?: Names;
  figures: Figure[];
  sources: string[];
  geometry: Geometry | null;
}

/** A segment without names of its own is called after its ends: "Khorgos – Almaty". */
export function segmentNames(index: AtlasIndex, from: string, to: string, fallback: string): Names {
  const a = index.byId.get(from)?.props.names;
  const b = index.byId.get(to)?.props.names;
  if (!a || !b) return { en: fallback, zh: fallback, ru: fallback };
  const name = (lang: Lang) => legName(lang, a[lang], b[lang]);
  return { en: name('en'), zh: name('zh'), ru: name('ru') };
}

function corridorLines(index: AtlasIndex, id: string): MultiLineString | null {
  const coordinates = (index.segmentsOf.get(id) ?? []).flatMap((s) => {
    const g = index.byId.get(s.id)?.geometry;
    return g?.type === 'LineString' ? [g.coordinates] : g?.type === 'MultiLineString' ? g.coordinates : [];
  });
  return coordinates.length ? { type: 'MultiLineString', coordinates } : null;
}

export function summarise(index: AtlasIndex, id: string, shownStatus?: Status): RecordSummary | null {
  const r = index.byId.get(id);
  if (!r) return null;
  const base = {
    type: r.type,
    id,
    status: shownStatus ?? r.props.status,
    opened: r.props.opened,
    planned: r.props.planned,
    closed: r.props.closed,
    corridors: corridorsOf(index, id),
    countries: countriesOf(index, id),
    modes: modesOf(index, id),
    figures: r.props.figures,
    sources: r.props.sources,
  };
  switch (r.type) {
    case 'segment':
      return {
        ...base,
        kind: r.props.mode,
        names: r.props.names ?? segmentNames(index, r.props.from, r.props.to, id),
        aliases: [],
        year: r.props.opened ?? r.props.planned,
        gauge: r.props.gauge,
        lengthKm: r.props.lengthKm,
        geometry: r.geometry,
      };
    case 'corridor':
      return {
        ...base,
        ...named(r.props),
        year: r.props.opened ?? r.props.planned,
        geometry: corridorLines(index, id),
      };
    case 'node':
      return { ...base, ...named(r.props), year: r.props.opened ?? r.props.planned, geometry: r.geometry };
    case 'project': {
      const p = r.props;
      return {
        ...base,
        ...named(p),
        year: p.opened ?? p.completion ?? p.planned ?? p.start,
        figures: p.investment ? [p.investment, ...p.figures] : p.figures,
        geometry: r.geometry,
      };
    }
  }
}

function named(p: { kind: string; names: Names; aliases: string[]; summary?: Names }) {
  return { kind: p.kind, names: p.names, aliases: p.aliases, summary: p.summary };
}

/** Summaries of the shown records (id → status drawn), in the order given. */
export function summariseAll(index: AtlasIndex, shown: ReadonlyMap<string, Status>): RecordSummary[] {
  const out: RecordSummary[] = [];
  for (const [id, status] of shown) {
    const s = summarise(index, id, status);
    if (s) out.push(s);
  }
  return out;
}
