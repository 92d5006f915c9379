// The records of geo/records/ as an analyst meets them: every file points at the JSON Schema of its kind, the
// committed schemas and generated files are what the build makes of today's records, and a typical slip is
// reported against the file the analyst touched, with the record and the JSON path, in words.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDataFile } from '../../src/data/format';
import { formatIssue } from '../../src/data/parse';
import { RECORD_KINDS } from '../../src/data/records';
import { dataPackage } from '../../scripts/data/datapackage';
import { recordJsonSchemas } from '../../scripts/data/json-schema';
import { runPipeline } from '../../scripts/data/pipeline';
import { readRecords } from '../../scripts/data/records-io';

const root = resolve(import.meta.dirname, '..', '..');
const geo = join(root, 'geo');

const copies: string[] = [];
afterAll(() => {
  for (const c of copies) rmSync(c, { recursive: true, force: true });
});

/** A clone of the repository's geo/ whose records the test may edit (everything else is linked, not copied). */
function cloneGeo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-records-'));
  copies.push(dir);
  mkdirSync(join(dir, 'geo'));
  for (const name of readdirSync(geo))
    if (name === 'records') cpSync(join(geo, name), join(dir, 'geo', name), { recursive: true });
    else symlinkSync(join(geo, name), join(dir, 'geo', name));
  return dir;
}

/** Edits one record file of a clone the way an analyst would, and saves it canonically formatted. */
function edit(dir: string, file: string, change: (record: Record<string, unknown>) => void) {
  const path = join(dir, file);
  const record = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  change(record);
  writeFileSync(path, formatDataFile(record));
}

describe('geo/records', () => {
  it('has one file per record, named after its id, each pointing at the JSON Schema of its kind', () => {
    const loaded = readRecords(root);
    expect(loaded.issues.map(formatIssue)).toEqual([]);
    for (const kind of Object.keys(RECORD_KINDS) as (keyof typeof RECORD_KINDS)[]) {
      expect(loaded[kind].length).toBeGreaterThan(0);
      for (const { file, record } of loaded[kind]) {
        expect(file.endsWith(`/${record.id}.json`)).toBe(true);
        expect(resolve(root, dirname(file), record.$schema ?? '')).toBe(
          join(geo, 'schema', RECORD_KINDS[kind].jsonSchema),
        );
      }
    }
  });

  it('ships JSON Schemas that match the zod schema (run `npm run data` when this fails)', () => {
    for (const [file, text] of Object.entries(recordJsonSchemas()))
      expect(readFileSync(join(geo, 'schema', file), 'utf8'), file).toBe(text);
  });

  it('ships a datapackage.json describing every published file and field (run `npm run data` when this fails)', () => {
    expect(readFileSync(join(geo, 'datapackage.json'), 'utf8')).toBe(dataPackage(root));
    const pkg = JSON.parse(dataPackage(root)) as {
      resources: { path: string; schema: { fields: { name: string }[] } }[];
    };
    expect(pkg.resources.map((r) => r.path)).toEqual([
      'sources.json',
      'corridors.json',
      'nodes.geojson',
      'segments.geojson',
      'projects.geojson',
    ]);
    const nodes = pkg.resources.find((r) => r.path === 'nodes.geojson');
    expect(nodes?.schema.fields.map((f) => f.name)).toContain('located');
  });

  it('ships generated files that are what the records build into (run `npm run data` when this fails)', () => {
    const result = runPipeline(root, false);
    expect(result.issues.map(formatIssue)).toEqual([]);
    for (const [file, text] of Object.entries(result.generated))
      expect(readFileSync(join(geo, file), 'utf8') === text, `geo/${file} is stale`).toBe(true);
  }, 180_000);
});

describe('a mistake in a record', () => {
  it('is told against the file, the record and the JSON path, in words, before anything is built', () => {
    const dir = cloneGeo();
    edit(dir, 'geo/records/nodes/chn/irkeshtam.json', (r) => (r.opened = '2002'));
    edit(dir, 'geo/records/nodes/chn/khorgos.json', (r) => delete (r.names as Record<string, string>).ru);
    edit(dir, 'geo/records/nodes/kaz/port-aktau.json', (r) => ((r.where as { at: number[] }).at = [51.17, 143.65]));
    edit(dir, 'geo/records/sources/article/24kg-bedel-2024.json', (r) => (r.kind = 'news'));
    const issues = runPipeline(dir, false).issues.map(formatIssue);
    expect(issues).toEqual([
      'geo/records/sources/article/24kg-bedel-2024.json (24kg-bedel-2024) at kind: the text "news" is not allowed here; expected one of "seed", "article", "reference", "dataset", "official"',
      'geo/records/nodes/chn/irkeshtam.json (irkeshtam) at opened: opened should be a number, not the text "2002"',
      'geo/records/nodes/chn/khorgos.json (khorgos) at names.ru: ru is missing; it is required',
      'geo/records/nodes/kaz/port-aktau.json (port-aktau) at where.at[1]: 143.65 is more than the largest allowed, 90',
    ]);
  });

  it('found only in the built files is still told against the record file, and nothing is generated', () => {
    const dir = cloneGeo();
    let typo = -1;
    edit(dir, 'geo/records/nodes/kgz/makmal.json', (r) => {
      typo = (r.sources as string[]).push('wiki-makmall') - 1;
    });
    edit(dir, 'geo/records/projects/chn/yangling-sco-agri-base.json', (r) => {
      (r.names as Record<string, string>).ru = 'Базa ШОС по обмену и обучению агротехнологиям в Янлине';
    });
    edit(dir, 'geo/records/sources/article/24kg-bedel-2024.json', (r) => {
      r.url = 'http://www.24.kg/english/322815_China_proposes_Kyrgyzstan_to_build_Aksu__Bedel__Balykchy_railway';
    });
    const result = runPipeline(dir, false);
    expect(result.generated).toEqual({});
    expect(result.issues.map(formatIssue)).toEqual([
      `geo/records/nodes/kgz/makmal.json (makmal) at sources[${typo}]: "wiki-makmall" is unknown: no source in sources.json has this id`,
      'geo/records/projects/chn/yangling-sco-agri-base.json (yangling-sco-agri-base) at names.ru: "Базa" mixes Latin and Cyrillic letters (Latin a); retype the word in one alphabet',
      'geo/records/sources/article/24kg-aksu-bedel-railway-2025.json (24kg-aksu-bedel-railway-2025) at url: the same address as the source "24kg-bedel-2024" (geo/records/sources/article/24kg-bedel-2024.json); one page is one source: keep one of the two records and point every reference at its id',
    ]);
  }, 180_000);
});
