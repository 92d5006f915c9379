// The path search the segment build rests on: it follows lines, joins loose ends, treats ±180 as one place
// and refuses to invent a path when a leg end is far from every line; and its land check, which lets ships
// cross land only along a listed passage.
import { describe, expect, it } from 'vitest';
import { LineGraph, type NetLine } from '../../scripts/trace/graph';
import { unwrap } from '../../scripts/trace/geometry';
import { DEFAULT_CHECK, wrongSide } from '../../scripts/trace/checks';
import { LandIndex } from '../../scripts/trace/land';
import { nearPassage } from '../../scripts/trace/passages';

const rail = (...coords: [number, number][]): NetLine => ({ coords, source: 'test-rail' });

describe('LineGraph.route', () => {
  it('follows the lines around a gap instead of cutting across it', () => {
    // Two ways from west to east: a straight line broken in the middle, and a detour through the north.
    const g = LineGraph.build([rail([0, 0], [1, 0]), rail([1.5, 0], [2, 0]), rail([1, 0], [1, 1], [1.5, 1], [1.5, 0])]);
    const path = g.route([0, 0], [2, 0], 5);
    expect(path.coords).toEqual([
      [0, 0],
      [0, 0],
      [1, 0],
      [1, 1],
      [1.5, 1],
      [1.5, 0],
      [2, 0],
      [2, 0],
    ]);
    expect(path.kmBySource['test-rail']).toBeGreaterThan(300);
  });

  it('joins pieces whose ends lie within the snap distance', () => {
    // The second piece starts about 1.1 km east of where the first ends: one network, not two.
    const g = LineGraph.build([rail([0, 0], [1, 0]), rail([1.01, 0], [2, 0])], 2);
    const path = g.route([0, 0], [2, 0], 1);
    expect(path.kmBySource['join']).toBeCloseTo(1.11, 1);
    expect(path.coords.at(-2)).toEqual([2, 0]);
  });

  it('does not join pieces farther apart than the snap distance', () => {
    const g = LineGraph.build([rail([0, 0], [1, 0]), rail([1.05, 0], [2, 0])], 2);
    expect(() => g.route([0, 0], [2, 0], 1)).toThrow(/no path/);
  });

  it('treats longitude 180 and -180 as the same place', () => {
    const g = LineGraph.build(
      [
        {
          coords: [
            [178, 66],
            [180, 66],
          ],
          source: 'lane',
        },
        {
          coords: [
            [-180, 66],
            [-178, 66],
          ],
          source: 'lane',
        },
      ],
      0,
    ); // no snapping: only folding the longitude can join the two halves
    const path = g.route([178, 66], [-178, 66], 5);
    expect(path.coords.length).toBeGreaterThan(2);
    // Drawn continuously: east of 180 rather than jumping back to -178.
    expect(unwrap(path.coords).at(-1)).toEqual([182, 66]);
  });

  it('refuses with a clear error when an end is too far from every line', () => {
    const g = LineGraph.build([rail([0, 0], [1, 0])]);
    expect(() => g.route([0, 0], [0, 3], 25, 'rail_a_b')).toThrow(
      /rail_a_b end: the nearest line is \d+ km away \(limit 25 km\)/,
    );
  });
});

describe('the land check of the segment build', () => {
  // A square island 1° across; a ship sails straight over it from west to east.
  const island = new LandIndex([
    {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
            [0, 0],
          ],
        ],
      },
    },
  ]);
  const crossing: [number, number][] = [
    [-0.5, 0.5],
    [1.5, 0.5],
  ];
  const canal = (at: number) =>
    new Map([
      [
        'canal',
        { props: { id: 'canal', network: 'sea' as const, sources: ['s'] }, lines: [rail([-0.1, at], [1.1, at])] },
      ],
    ]);

  it('rejects a ship over land and lets it through along a listed passage', () => {
    expect(wrongSide(crossing, true, island, DEFAULT_CHECK).length).toBeGreaterThan(50);
    expect(wrongSide(crossing, true, island, DEFAULT_CHECK, nearPassage(canal(0.5)))).toEqual([]);
  });

  it('does not let a ship through a passage it keeps more than a kilometre from', () => {
    // The canal runs 0.02° (about 2.2 km) north of the ship's course.
    expect(wrongSide(crossing, true, island, DEFAULT_CHECK, nearPassage(canal(0.52))).length).toBeGreaterThan(50);
  });
});
