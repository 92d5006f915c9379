// Exports other tools read correctly: lines cut at the antimeridian (RFC 7946 §3.1.9), longitudes in range, and
// the licence and attribution carried in the file, as the PNG carries them in the picture.
import { describe, expect, it } from 'vitest';
import { cutAtAntimeridian, cutLine } from '../../src/data/antimeridian';
import { attributionOf } from '../../src/export/geojson';
import { EXPORT_LICENCE } from '../../src/data/licence';

describe('antimeridian', () => {
  it('cuts a line that runs past 180° into two parts meeting at ±180', () => {
    expect(
      cutLine([
        [170, 60],
        [190, 66],
        [200, 66],
      ]),
    ).toEqual([
      [
        [170, 60],
        [180, 63],
      ],
      [
        [-180, 63],
        [-170, 66],
        [-160, 66],
      ],
    ]);
  });

  it('cuts a line that jumps from 170 to -170 the short way, across the antimeridian', () => {
    expect(
      cutAtAntimeridian({
        type: 'LineString',
        coordinates: [
          [170, 60],
          [-170, 62],
        ],
      }),
    ).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [170, 60],
          [180, 61],
        ],
        [
          [-180, 61],
          [-170, 62],
        ],
      ],
    });
  });

  it('leaves a line within range as it is, and wraps a point past 180°', () => {
    expect(
      cutAtAntimeridian({
        type: 'LineString',
        coordinates: [
          [60, 40],
          [70, 41],
        ],
      }),
    ).toEqual({
      type: 'LineString',
      coordinates: [
        [60, 40],
        [70, 41],
      ],
    });
    expect(cutAtAntimeridian({ type: 'Point', coordinates: [190.5, 66] })).toEqual({
      type: 'Point',
      coordinates: [-169.5, 66],
    });
  });
});

describe('licence in exports', () => {
  it('names the data licence and the publishers of the cited sources', () => {
    expect(EXPORT_LICENCE).toContain('geo/LICENCE.md');
    expect(EXPORT_LICENCE).toContain('CC BY 4.0');
    const sources = new Map([
      ['a', { publisher: 'Xinhua' }],
      ['b', { publisher: 'Natural Earth' }],
    ]) as never;
    expect(attributionOf(['a', 'b', 'a', 'missing'], sources)).toBe('Natural Earth; Xinhua; missing');
  });
});
