// "Download the data": every record of the atlas, not only those the filters show, as GeoJSON or CSV, each file
// carrying the data's licence, version and the date it was taken, so a copy passed on still says what it is.
import type { AtlasIndex } from '../data/indexes';
import type { Status } from '../data/schema';
import { version } from '../../package.json';
import { toCsv } from './csv';
import { isoDate } from './download';
import { COLUMNS, flatten } from './flatten';
import { toGeoJson } from './geojson';
import { summariseAll } from './records';
import type { ExportFile } from './actions';

export const DATA_LICENCE =
  'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), Corridor Atlas contributors; includes Natural Earth (public domain), Eurostat marnet sea lanes (EUPL-1.2), the NGA World Port Index (public domain) and GeoNames (CC BY 4.0): see geo/LICENCE.md';

export interface DatasetStamp {
  version: string;
  date: string;
  licence: string;
}

export const datasetStamp = (now: Date): DatasetStamp => ({ version, date: isoDate(now), licence: DATA_LICENCE });

/** corridor-atlas-data-0.1.0-2026-12-06.csv */
export const datasetFilename = (ext: 'geojson' | 'csv', now: Date): string =>
  `corridor-atlas-data-${version}-${isoDate(now)}.${ext}`;

function everyRecord(index: AtlasIndex): Map<string, Status> {
  return new Map([...index.byId].map(([id, r]) => [id, r.props.status]));
}

export function datasetFile(format: 'geojson' | 'csv', index: AtlasIndex, now = new Date()): ExportFile {
  const stamp = datasetStamp(now);
  const records = summariseAll(index, everyRecord(index));
  const filename = datasetFilename(format, now);
  if (format === 'csv') {
    const rows = records.map((r) => ({
      ...flatten(r, index.sources),
      dataset_version: stamp.version,
      dataset_date: stamp.date,
      licence: stamp.licence,
    }));
    const columns = [...COLUMNS, 'dataset_version', 'dataset_date', 'licence'] as const;
    return { blob: new Blob([toCsv(rows, columns)], { type: 'text/csv;charset=utf-8' }), filename };
  }
  const collection = { ...toGeoJson(records, index.sources), dataset: { title: 'Corridor Atlas', ...stamp } };
  return { blob: new Blob([`${JSON.stringify(collection, null, 1)}\n`], { type: 'application/geo+json' }), filename };
}
