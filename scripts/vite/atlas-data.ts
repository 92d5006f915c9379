// The data files the browser reads, prepared at build time from geo/, which `npm run validate` has checked against
// the schema and the data rules (CI runs it before the build). Three files, read in this order:
//   view     what the map draws: every record without its texts, legs simplified for the zooms the map shows
//   details  summaries, figures, aliases, partners and the sources, fetched when a record is opened or searched
//   routing  the legs' full geometry and the countries each land leg runs through, for the planner and stories
//            (the km they give are those of geo/)
// The app imports their URLs from `virtual:atlas-data`; in the dev server they are served from memory.
import type { FeatureCollection } from 'geojson';
import type { Plugin } from 'vite';
import { buildAtlasFiles, type AtlasFiles } from './atlas-files.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/data/schema.ts';
import { BORDER_FILE, segmentCountries } from '../../src/data/countries-along.ts';

const VIRTUAL = 'virtual:atlas-data';
const RESOLVED = '\0' + VIRTUAL;
const NAMES = { view: 'atlas-view.json', details: 'atlas-details.json', routing: 'atlas-routing.json' } as const;

function read<T>(dir: string, file: string, key: string): T {
  const value = (JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>)[key];
  if (!Array.isArray(value))
    throw new Error(`${dir}/${file} has no ${key} list; run npm run data and npm run validate`);
  return value as T;
}

function prepare(dir: string): AtlasFiles {
  const data: Dataset = {
    sources: read(dir, 'sources.json', 'sources'),
    corridors: read(dir, 'corridors.json', 'corridors'),
    nodes: read(dir, 'nodes.geojson', 'features'),
    segments: read(dir, 'segments.geojson', 'features'),
    projects: read(dir, 'projects.geojson', 'features'),
  };
  const borders = JSON.parse(readFileSync(join(dir, BORDER_FILE), 'utf8')) as FeatureCollection;
  return buildAtlasFiles({ ...data, drawnCountries: segmentCountries(data, borders) });
}

export function atlasData(dir = 'geo'): Plugin {
  let files: AtlasFiles | undefined;
  const text = (k: keyof AtlasFiles) => JSON.stringify((files ??= prepare(dir))[k]);
  let serve = false;
  return {
    name: 'atlas-data',
    configResolved: (c) => {
      serve = c.command === 'serve';
    },
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const keys = Object.keys(NAMES) as (keyof AtlasFiles)[];
      if (serve)
        return keys.map((k) => `export const ${k}Url = ${JSON.stringify(`/@atlas-data/${NAMES[k]}`)};`).join('\n');
      return keys
        .map((k) => {
          const ref = this.emitFile({ type: 'asset', name: NAMES[k], source: text(k) });
          return `export const ${k}Url = import.meta.ROLLUP_FILE_URL_${ref};`;
        })
        .join('\n');
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /\/@atlas-data\/atlas-(view|details|routing)\.json$/.exec(req.url ?? '');
        if (!m) return next();
        files = prepare(dir);
        res.setHeader('Content-Type', 'application/json');
        res.end(text(m[1] as keyof AtlasFiles));
      });
    },
  };
}
