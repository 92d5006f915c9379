// The canonical text of geo/ files: what an author sees after `npm run format:data`.
import { describe, expect, it } from 'vitest';
import { formatDataFile } from '../../src/data/format';

describe('formatDataFile', () => {
  it('puts each position on one line and a line of positions as a block', () => {
    const geometry = {
      type: 'LineString',
      coordinates: [
        [80.37321, 44.231],
        [78.5, 43.9],
        [76.9458, 43.2567],
      ],
    };
    expect(formatDataFile({ geometry: { ...geometry, extra: [] } })).toBe(
      [
        '{',
        '  "geometry": {',
        '    "type": "LineString",',
        '    "coordinates": [',
        '      [80.37321, 44.231],',
        '      [78.5, 43.9],',
        '      [76.9458, 43.2567]',
        '    ],',
        '    "extra": []',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('orders a feature as type, id, properties, geometry and keeps short flat values on one line', () => {
    const feature = {
      geometry: { type: 'Point', coordinates: [71.4, 51.17] },
      properties: { id: 'astana', names: { zh: '阿斯塔纳', en: 'Astana', ru: 'Астана' }, countries: ['KAZ'] },
      type: 'Feature',
    };
    expect(formatDataFile(feature)).toBe(
      [
        '{',
        '  "type": "Feature",',
        '  "properties": {',
        '    "id": "astana",',
        '    "names": { "zh": "阿斯塔纳", "en": "Astana", "ru": "Астана" },',
        '    "countries": ["KAZ"]',
        '  },',
        '  "geometry": { "type": "Point", "coordinates": [71.4, 51.17] }',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('breaks a list that does not fit in 120 characters into one item per line', () => {
    const sources = Array.from({ length: 12 }, (_, i) => `source-number-${i}`);
    const text = formatDataFile({ sources });
    expect(text.split('\n')).toHaveLength(sources.length + 5);
    expect(text).toContain('\n    "source-number-0",\n');
  });

  it('is stable: formatting its own output changes nothing', () => {
    const value = { sources: [{ id: 'ne-land', title: 'Land', note: 'a "quoted" note' }], n: [1, 2, 3] };
    const once = formatDataFile(value);
    expect(formatDataFile(JSON.parse(once))).toBe(once);
    expect(JSON.parse(once)).toEqual(value);
  });
});
