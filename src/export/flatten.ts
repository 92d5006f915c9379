// A record as one level of named values: what a spreadsheet row or a GIS attribute table can hold.
import { EXPORT_LICENCE } from '../data/licence';
import type { Source } from '../data/schema';
import type { RecordSummary } from './records';

export type FlatValue = string | number | null;

/** Columns in the order a reader scans them: what it is, its names, its state, where, and the sources. */
export const COLUMNS = [
  'type',
  'id',
  'kind',
  'name_en',
  'name_zh',
  'name_ru',
  'aliases',
  'status',
  'opened',
  'planned',
  'closed',
  'corridors',
  'countries',
  'modes',
  'gauge_mm',
  'length_km_min',
  'length_km_max',
  'lon',
  'lat',
  'summary_en',
  'summary_zh',
  'summary_ru',
  'sources',
  'source_titles',
  'licence',
] as const;
export type Column = (typeof COLUMNS)[number];
export type FlatRecord = Record<Column, FlatValue>;

const list = (xs: readonly string[]): FlatValue => (xs.length ? xs.join('; ') : null);

export function flatten(r: RecordSummary, sources: ReadonlyMap<string, Source>): FlatRecord {
  const point = r.geometry?.type === 'Point' ? r.geometry.coordinates : undefined;
  return {
    type: r.type,
    id: r.id,
    kind: r.kind,
    name_en: r.names.en,
    name_zh: r.names.zh,
    name_ru: r.names.ru,
    aliases: list(r.aliases),
    status: r.status,
    opened: r.opened ?? null,
    planned: r.planned ?? null,
    closed: r.closed ?? null,
    corridors: list(r.corridors),
    countries: list(r.countries),
    modes: list(r.modes),
    gauge_mm: r.gauge ?? null,
    length_km_min: r.lengthKm?.min ?? null,
    length_km_max: r.lengthKm?.max ?? null,
    lon: point?.[0] ?? null,
    lat: point?.[1] ?? null,
    summary_en: r.summary?.en ?? null,
    summary_zh: r.summary?.zh ?? null,
    summary_ru: r.summary?.ru ?? null,
    sources: list(r.sources),
    // A title alone can be ambiguous; the publisher and date make it findable.
    source_titles: list(
      r.sources.map((id) => {
        const s = sources.get(id);
        return s ? `${s.title} (${s.publisher}, ${s.date})` : id;
      }),
    ),
    // Each row carries the terms, so a row copied out of the file still says where it may go.
    licence: EXPORT_LICENCE,
  };
}
