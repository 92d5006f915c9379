// "Download the data" in the export menu, in Chromium: the files the browser saves are read back and hold every
// record of geo/ (whatever the filters show), with the licence, the data version and the date.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openAtlas, waitForIdle } from './driver';
import { exportFile, readCsv, rowLocator } from './explore-driver';

const count = (file: string, key: string) =>
  (JSON.parse(readFileSync(`geo/${file}`, 'utf8')) as Record<string, unknown[]>)[key]!.length;
const total =
  count('corridors.json', 'corridors') +
  count('nodes.geojson', 'features') +
  count('segments.geojson', 'features') +
  count('projects.geojson', 'features');
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('download the data', () => {
  it('saves every record as GeoJSON and CSV, stamped with the licence, the version and the date', async () => {
    const atlas = await openAtlas(browser, '?lang=en&view=list&status=planned,proposed');
    const { page } = atlas;
    await rowLocator(page).first().waitFor();
    await waitForIdle(page);

    const geojson = await exportFile(page, 5);
    expect(geojson.name).toMatch(
      new RegExp(`^corridor-atlas-data-${version.replace(/\./g, '\\.')}-\\d{4}-\\d{2}-\\d{2}\\.geojson$`),
    );
    const fc = JSON.parse(geojson.body.toString('utf8')) as {
      features: { id: string }[];
      dataset: { version: string; date: string; licence: string };
    };
    expect(fc.features).toHaveLength(total);
    expect(fc.dataset.version).toBe(version);
    expect(geojson.name).toContain(fc.dataset.date);
    expect(fc.dataset.licence).toMatch(/^CC BY 4\.0/);

    const csv = await exportFile(page, 6);
    expect(csv.name).toMatch(/^corridor-atlas-data-.*\.csv$/);
    const rows = readCsv(csv.body.toString('utf8').slice(1));
    const header = rows[0]!;
    expect(header.slice(-3)).toEqual(['dataset_version', 'dataset_date', 'licence']);
    expect(rows.slice(1)).toHaveLength(total);
    expect(
      rows.slice(1).every((r) => r[header.length - 3] === version && /^CC BY 4\.0/.test(r[header.length - 1]!)),
    ).toBe(true);
    expect(atlas.consoleErrors).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
  });
});
