// "Download the data" from the export menu: the whole dataset, whatever the filters show, read back from the file
// the reader gets, with the licence, the version and the date in it.
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/data/indexes';
import { loadGeoDataset } from '../../src/data/load-node';
import { BOM } from '../../src/export/csv';
import { datasetFile } from '../../src/export/dataset';
import { version } from '../../package.json';

const loaded = loadGeoDataset('geo');
if (!loaded.ok) throw new Error(loaded.message);
const index = buildIndex(loaded.data);
const day = new Date(2026, 11, 6);
const d = loaded.data;
const total = d.corridors.length + d.nodes.length + d.segments.length + d.projects.length;

describe('download the data', () => {
  it('gives every corridor, node, segment and project as GeoJSON, stamped with licence, version and date', async () => {
    const file = datasetFile('geojson', index, day);
    expect(file.filename).toBe(`corridor-atlas-data-${version}-2026-12-06.geojson`);
    const back = JSON.parse(await file.blob.text()) as {
      type: string;
      features: { id: string }[];
      dataset: { version: string; date: string; licence: string };
    };
    expect(back.type).toBe('FeatureCollection');
    expect(back.features).toHaveLength(total);
    expect(back.features.map((f) => f.id)).toContain('khorgos');
    expect(back.dataset.version).toBe(version);
    expect(back.dataset.date).toBe('2026-12-06');
    expect(back.dataset.licence).toMatch(/^CC BY 4\.0 .*EUPL-1\.2/);
  });

  it('gives the same records as a CSV table whose every row carries the licence, version and date', async () => {
    const file = datasetFile('csv', index, day);
    expect(file.filename).toBe(`corridor-atlas-data-${version}-2026-12-06.csv`);
    // The byte order mark that tells spreadsheets the file is UTF-8; Blob.text() strips it when decoding.
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([...new TextEncoder().encode(BOM)]);
    const lines = (await file.blob.text()).trimEnd().split('\r\n');
    expect(lines[0]!.endsWith(',dataset_version,dataset_date,licence')).toBe(true);
    expect(lines.filter((l) => l.includes(`,${version},2026-12-06,`))).toHaveLength(total);
  });
});
