// Reads geo/ from disk in Node (CLI, benchmark, tests) and parses it with the shared schema. Files a caller does
// not need may be missing and then count as empty; a missing required file or a schema error is reported in words.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { BORDER_FILE, segmentCountries } from './countries-along';
import { formatIssue, parseDataset } from './parse';
import { DATA_FILES, type DataFileName, type Dataset } from './schema';

export type LoadResult = { ok: true; data: Dataset } | { ok: false; message: string };

const EMPTY: Record<DataFileName, unknown> = {
  'sources.json': { sources: [] },
  'corridors.json': { corridors: [] },
  'nodes.geojson': { type: 'FeatureCollection', features: [] },
  'segments.geojson': { type: 'FeatureCollection', features: [] },
  'projects.geojson': { type: 'FeatureCollection', features: [] },
};

/** What the route planner reads; sources and projects may be absent. */
export const ROUTING_FILES: DataFileName[] = ['nodes.geojson', 'segments.geojson', 'corridors.json'];

/** The data with each land leg's countries from its drawn line, when the data folder has the boundary lines. */
function withDrawnCountries(data: Dataset, dir: string): Dataset {
  const path = join(dir, BORDER_FILE);
  if (!data.segments.length || !existsSync(path)) return data;
  const borders = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
  return { ...data, drawnCountries: segmentCountries(data, borders) };
}

export function loadGeoDataset(
  dir = 'geo',
  required: DataFileName[] = Object.keys(DATA_FILES) as DataFileName[],
): LoadResult {
  const raw = { ...EMPTY };
  for (const file of Object.keys(DATA_FILES) as DataFileName[]) {
    const path = join(dir, file);
    if (!existsSync(path)) {
      if (required.includes(file)) return { ok: false, message: `${path} is missing` };
      continue;
    }
    try {
      raw[file] = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      return { ok: false, message: `${path} is not valid JSON: ${(e as Error).message}` };
    }
  }
  const parsed = parseDataset(raw);
  if (parsed.ok) return { ok: true, data: withDrawnCountries(parsed.data, dir) };
  const shown = parsed.issues.slice(0, 5).map(formatIssue);
  const more = parsed.issues.length > 5 ? `\n… and ${parsed.issues.length - 5} more` : '';
  return { ok: false, message: `${dir} does not match the schema:\n${shown.join('\n')}${more}` };
}
