// The data files the browser reads, prepared at build time from geo/, which `npm run validate` has checked against
// the schema and the data rules (CI runs it before the build). Read in this order:
//   view     what the map draws first: every record without its texts, legs simplified for the first view's zooms
//   lines    the legs' lines for the middle zooms, fetched when the map is zoomed in past the first view's range
//            or anything past the view is asked for
//   names    the records' names in one language, a file for each, read with the view in the reader's language
//            and on a switch of language
//   details  summaries, figures, aliases, partners, names in all languages and the sources, fetched when a record
//            is opened or searched
//   network  the planner's compact network: each leg's length, westmost point and sea passages, worked out from
//            its full geometry, and the countries each land leg runs through (the km it gives are those of geo/)
//   routing  the legs' full geometry, for stories, exports and the map closer in than the view is drawn for
// The app imports their URLs from `virtual:atlas-data`; in the dev server they are served from memory.
import type { FeatureCollection } from 'geojson';
import type { Plugin } from 'vite';
import { buildAtlasFiles, type AtlasFiles } from './atlas-files.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/data/schema.ts';
import { BORDER_FILE, segmentCountries } from '../../src/data/countries-along.ts';
import { LANGS, type Lang } from '../../src/data/vocab.ts';

const VIRTUAL = 'virtual:atlas-data';
const RESOLVED = '\0' + VIRTUAL;
const NAMES = {
  view: 'atlas-view.json',
  lines: 'atlas-lines.json',
  details: 'atlas-details.json',
  network: 'atlas-network.json',
  routing: 'atlas-routing.json',
} as const;
const namesFile = (lang: Lang) => `atlas-names-${lang}.json`;

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
  type FileKey = keyof typeof NAMES;
  const text = (k: FileKey) => JSON.stringify((files ??= prepare(dir))[k]);
  const namesText = (lang: Lang) => JSON.stringify((files ??= prepare(dir)).names[lang]);
  let serve = false;
  return {
    name: 'atlas-data',
    configResolved: (c) => {
      serve = c.command === 'serve';
    },
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const keys = Object.keys(NAMES) as FileKey[];
      if (serve)
        return [
          ...keys.map((k) => `export const ${k}Url = ${JSON.stringify(`/@atlas-data/${NAMES[k]}`)};`),
          `export const namesUrl = {${LANGS.map((l) => `${l}: ${JSON.stringify(`/@atlas-data/${namesFile(l)}`)}`).join(', ')}};`,
        ].join('\n');
      const url = (name: string, source: string) =>
        `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name, source })}`;
      return [
        ...keys.map((k) => `export const ${k}Url = ${url(NAMES[k], text(k))};`),
        `export const namesUrl = {${LANGS.map((l) => `${l}: ${url(namesFile(l), namesText(l))}`).join(', ')}};`,
      ].join('\n');
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /\/@atlas-data\/atlas-(view|lines|details|network|routing|names-(zh|en|ru))\.json$/.exec(
          req.url ?? '',
        );
        if (!m) return next();
        files = prepare(dir);
        res.setHeader('Content-Type', 'application/json');
        res.end(m[2] ? namesText(m[2] as Lang) : text(m[1] as FileKey));
      });
    },
  };
}
