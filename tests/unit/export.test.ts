import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/data/indexes';
import { visibleRecords } from '../../src/data/select';
import { BOM, csvField, toCsv } from '../../src/export/csv';
import { exportFilename } from '../../src/export/download';
import { COLUMNS, flatten } from '../../src/export/flatten';
import { geoJsonText, toGeoJson } from '../../src/export/geojson';
import { fit, layoutImage, wrap, type ImageContent } from '../../src/export/image-layout';
import { summariseAll } from '../../src/export/records';
import { NO_FILTERS, type Filters } from '../../src/store/filters-slice';
import { sampleDataset } from './fixtures/atlas-sample';
import { readCsv } from '../csv';

const index = buildIndex(sampleDataset());
const shown = (filters: Partial<Filters> = {}) =>
  summariseAll(index, visibleRecords(index, { ...NO_FILTERS, ...filters }));
const flat = (filters: Partial<Filters> = {}) => shown(filters).map((r) => flatten(r, index.sources));

describe('CSV', () => {
  it('starts with a byte order mark and a header, one CRLF-ended row per shown record', () => {
    const text = toCsv(flat());
    expect(text.startsWith(BOM)).toBe(true);
    const rows = readCsv(text.slice(1));
    expect(rows[0]).toEqual([...COLUMNS]);
    expect(
      rows
        .slice(1)
        .map((r) => r[1])
        .sort(),
    ).toEqual([
      'almaty',
      'almaty-aktau',
      'china-europe',
      'khorgos',
      'khorgos-almaty',
      'khorgos-icbc',
      'middle-corridor',
      'muzart-narynkol',
      'muzart-road',
      'port-aktau',
    ]);
    expect(rows.every((r) => r.length === COLUMNS.length)).toBe(true);
  });

  it('keeps names in all three scripts and quotes commas and quotes so they read back unchanged', () => {
    const rows = readCsv(toCsv(flat()).slice(1));
    const col = (name: (typeof COLUMNS)[number]) => COLUMNS.indexOf(name);
    const khorgos = rows.find((r) => r[1] === 'khorgos')!;
    expect([khorgos[col('name_en')], khorgos[col('name_zh')], khorgos[col('name_ru')]]).toEqual([
      'Khorgos',
      '霍尔果斯',
      'Хоргос',
    ]);
    expect(khorgos[col('summary_en')]).toBe('Rail and road crossing, gauge change "1435/1520"');
    expect(khorgos[col('aliases')]).toBe('Horgos; Qorğas; Huoerguosi; Altynkol');
    expect(khorgos[col('corridors')]).toBe('china-europe');
    expect(khorgos[col('lon')]).toBe('80.37321');
    const muzart = rows.find((r) => r[1] === 'muzart-narynkol')!;
    expect(muzart[col('name_en')]).toBe('Muzart, Narynkol');
    expect(muzart[col('status')]).toBe('planned');
    expect(muzart[col('planned')]).toBe('2030');
    expect(muzart[col('opened')]).toBe('');
  });

  it('quotes line breaks and keeps spreadsheet formulas from running', () => {
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+7 days')).toBe("'+7 days");
    expect(csvField(-12.5)).toBe('-12.5');
    expect(csvField(null)).toBe('');
  });

  it('exports only what the filters show', () => {
    const ids = flat({ statuses: ['planned'] })
      .map((r) => r.id)
      .sort();
    expect(ids).toEqual(['muzart-narynkol', 'muzart-road']);
    const byYear = flat({ year: 2000 })
      .map((r) => r.id)
      .sort();
    expect(byYear).toEqual(['almaty', 'almaty-aktau', 'port-aktau']);
  });

  it('names the sources by title, publisher and date', () => {
    const icbc = flat().find((r) => r.id === 'khorgos-icbc')!;
    expect(icbc.sources).toBe('seed-000; ne-populated-places');
    expect(icbc.source_titles).toBe(
      '中欧班列跑出加速度 (Seed article, "People\'s Daily", 2025-08); Populated places (Natural Earth, 2017)',
    );
  });
});

describe('GeoJSON', () => {
  const fc = toGeoJson(shown(), index.sources);

  it('is a FeatureCollection with one feature per shown record and flat properties', () => {
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(10);
    for (const f of fc.features) {
      expect(f.id).toBe(f.properties.id);
      for (const v of Object.values(f.properties)) expect(v === null || typeof v !== 'object').toBe(true);
    }
  });

  it('carries each record geometry; a corridor is the lines of its legs', () => {
    const byId = new Map(fc.features.map((f) => [f.id, f]));
    expect(byId.get('khorgos')!.geometry).toEqual({ type: 'Point', coordinates: [80.37321, 44.231] });
    expect(byId.get('khorgos-almaty')!.geometry?.type).toBe('LineString');
    const corridor = byId.get('middle-corridor')!.geometry;
    expect(corridor).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [76.9458, 43.2567],
          [66, 45],
          [51.1483, 43.6231],
        ],
      ],
    });
  });

  it('gives an unnamed leg the names of its ends in three languages, with its figures', () => {
    const leg = fc.features.find((f) => f.id === 'khorgos-almaty')!.properties;
    expect([leg.name_en, leg.name_zh, leg.name_ru]).toEqual([
      'Khorgos – Almaty',
      '霍尔果斯—阿拉木图',
      'Хоргос — Алматы',
    ]);
    expect([leg.gauge_mm, leg.length_km_min, leg.length_km_max, leg.countries]).toEqual([1520, 370, 380, 'CHN; KAZ']);
  });

  it('reads back from the downloaded text as the same collection, no property lost or changed', () => {
    // toStrictEqual, unlike toEqual, fails when a property the text cannot carry (undefined, a function) is dropped;
    // NaN and Infinity would come back as null and fail too.
    expect(JSON.parse(geoJsonText(fc))).toStrictEqual(fc);
    for (const f of fc.features) {
      for (const v of Object.values(f.properties)) {
        expect(v).not.toBeUndefined();
        if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
      }
    }
  });
});

describe('file names', () => {
  it('carry the date of the export', () => {
    expect(exportFilename('csv', new Date(2025, 6, 16))).toBe('corridor-atlas-2025-07-16.csv');
  });
});

describe('picture layout', () => {
  // Every character 7 px wide: enough to check where things go without a canvas.
  const measure = (t: string) => t.length * 7;
  const content = (entries: number): ImageContent => ({
    title: 'Corridor Atlas',
    subtitle: '2025-07-16',
    sections: [
      {
        title: 'Corridors',
        entries: Array.from({ length: entries }, (_, i) => ({
          label: `Corridor ${i}`,
          swatch: { kind: 'line' as const, colour: '#c0392b' },
        })),
      },
      { title: 'Empty', entries: [] },
    ],
    attribution: 'Natural Earth © MapLibre',
  });

  it('wraps text at spaces, and Chinese text anywhere', () => {
    expect(wrap('Natural Earth data and sources', 100, measure)).toEqual(['Natural Earth', 'data and', 'sources']);
    expect(wrap('自然地球数据与中欧班列文章来源', 35, measure)).toEqual(['自然地球数', '据与中欧班', '列文章来源']);
  });

  it('puts the map under the title and the legend and attribution under the map, inside the width', () => {
    const layout = layoutImage(content(3), { width: 800, height: 500 }, measure);
    expect(layout.width).toBe(800);
    expect(layout.map).toEqual({ x: 0, y: 52, width: 800, height: 500 });
    const below = layout.texts.filter((t) => t.style !== 'title' && t.style !== 'subtitle');
    expect(below.every((t) => t.y > 552 && t.y < layout.height)).toBe(true);
    expect(layout.texts.every((t) => t.x + measure(t.text) <= 800)).toBe(true);
    expect(layout.texts.map((t) => t.text)).not.toContain('Empty');
    expect(layout.swatches).toHaveLength(3);
  });

  it('flows legend entries into more rows on a narrow picture', () => {
    const wide = layoutImage(content(8), { width: 1280, height: 700 }, measure);
    const narrow = layoutImage(content(8), { width: 390, height: 500 }, measure);
    const rows = (l: typeof wide) => new Set(l.swatches.map((s) => s.y)).size;
    expect(rows(wide)).toBe(1);
    expect(rows(narrow)).toBeGreaterThan(2);
    expect(narrow.height - 500).toBeGreaterThan(wide.height - 700);
  });
});

describe('picture text that does not fit', () => {
  const measure = (t: string) => t.length * 7;
  const content: ImageContent = {
    title: 'Corridor Atlas — Transport corridors, ports and crossings of the SCO region',
    subtitle: '2025-07-16 · 318 records shown',
    sections: [
      {
        title: 'Corridors',
        entries: [
          {
            label: 'China–Tajikistan–Uzbekistan–Turkmenistan–Iran–Türkiye corridor',
            swatch: { kind: 'line', colour: '#123456' },
          },
        ],
      },
    ],
    attribution: 'Natural Earth',
  };

  it('wraps a long title and moves the map down under it', () => {
    const wide = layoutImage(content, { width: 1280, height: 500 }, measure);
    const narrow = layoutImage(content, { width: 390, height: 500 }, measure);
    expect(wide.texts.filter((t) => t.style === 'title')).toHaveLength(1);
    expect(wide.map.y).toBe(52);
    const titleLines = narrow.texts.filter((t) => t.style === 'title');
    expect(titleLines.length).toBeGreaterThan(1);
    expect(titleLines.map((t) => t.text).join(' ')).toBe(content.title);
    expect(narrow.map.y).toBeGreaterThan(52);
    const subtitle = narrow.texts.find((t) => t.style === 'subtitle')!;
    expect(subtitle.y).toBeLessThan(narrow.map.y);
  });

  it('cuts a legend label that is wider than the picture with an ellipsis', () => {
    const narrow = layoutImage(content, { width: 390, height: 500 }, measure);
    const label = narrow.texts.find((t) => t.style === 'entry')!;
    expect(label.text.endsWith('…')).toBe(true);
    expect(label.x + measure(label.text)).toBeLessThanOrEqual(390 - 12);
    expect(fit('short', 100, measure)).toBe('short');
  });
});
