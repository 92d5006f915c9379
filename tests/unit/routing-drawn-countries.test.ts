// Countries come from where a leg's line runs, not from its two ends: read against boundary lines, a leg counts the
// neighbour it passes through, can be avoided there, and a line drawn along a river border does not wander over it.
import type { FeatureCollection } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { borderIndex, countriesAlong } from '../../src/data/countries-along';
import { loadGeoDataset } from '../../src/data/load-node';
import { buildNetwork, networkCountries, planRoutes, type Network, type Route } from '../../src/routing';

/** Two straight north–south borders: AAA | BBB at lon 1, BBB | CCC at lon 2. */
const borders: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    [1, 'AAA', 'BBB'],
    [2, 'BBB', 'CCC'],
  ].map(([lon, l, r]) => ({
    type: 'Feature',
    properties: { adm0_a3_l: l, adm0_a3_r: r },
    geometry: {
      type: 'LineString',
      coordinates: [
        [lon as number, -5],
        [lon as number, 5],
      ],
    },
  })),
};
const index = borderIndex(borders);

describe('the countries along a drawn line', () => {
  it('are every country the line enters, in order, though its ends are in the first and last', () => {
    expect(
      countriesAlong(
        [
          [
            [0, 0],
            [1.5, 0.2],
            [3, 0],
          ],
        ],
        ['AAA'],
        ['CCC'],
        index,
      ),
    ).toEqual(['AAA', 'BBB', 'CCC']);
  });

  it('leave out a neighbour the line only grazes along the border, but keep one it goes deep into', () => {
    // 2 km past the border at lon 1 and back: drawn along the border.
    const grazing = [
      [0, 0],
      [0.8, 0],
      [1.02, 0.1],
      [0.8, 0.2],
      [0, 0.3],
    ];
    expect(countriesAlong([grazing], ['AAA'], ['AAA'], index)).toEqual(['AAA']);
    // 30 km past it and back: through the neighbour.
    const deep = [
      [0, 0],
      [0.8, 0],
      [1.3, 0.1],
      [0.8, 0.2],
      [0, 0.3],
    ];
    expect(countriesAlong([deep], ['AAA'], ['AAA'], index)).toEqual(['AAA', 'BBB', 'AAA']);
  });

  it('start on the side of a border crossing the line leads away into', () => {
    expect(
      countriesAlong(
        [
          [
            [1, 0],
            [1.5, 0],
          ],
        ],
        ['AAA', 'BBB'],
        ['BBB'],
        index,
      ),
    ).toEqual(['BBB']);
    expect(
      countriesAlong(
        [
          [
            [1, 0],
            [2.5, 0],
          ],
        ],
        ['BBB', 'AAA'],
        ['CCC'],
        index,
      ),
    ).toEqual(['BBB', 'CCC']);
  });
});

describe('routes on the atlas data', () => {
  let net: Network;
  beforeAll(() => {
    const loaded = loadGeoDataset('geo');
    if (!loaded.ok) throw new Error(loaded.message);
    net = buildNetwork(loaded.data);
  });
  const best = (q: Parameters<typeof planRoutes>[1]): Route => {
    const plan = planRoutes(net, q);
    if (!plan.ok) throw new Error(plan.reason);
    return plan.routes[0]!;
  };

  it('Duisburg → Milan crosses Switzerland, a customs border, which no end of the leg lies in', () => {
    const r = best({ from: 'duisburg', to: 'milan' });
    expect(r.countries).toEqual(['DEU', 'CHE', 'ITA']);
    const borders = r.transfers.filter((t) => t.kind === 'border').map((t) => t.countries);
    expect(borders).toEqual([
      ['DEU', 'CHE'],
      ['CHE', 'ITA'],
    ]);
    expect(best({ from: 'duisburg', to: 'milan', avoid: ['CHE'] }).countries).not.toContain('CHE');
  });

  it('Constanța → Duisburg crosses Hungary and Austria: three borders, each inside the EU, so without a wait', () => {
    const r = best({ from: 'port-constanta', to: 'duisburg', modes: ['rail'] });
    expect(r.countries).toEqual(['ROU', 'HUN', 'AUT', 'DEU']);
    expect(r.borderCrossings).toBe(3);
    const borders = r.transfers.filter((t) => t.kind === 'border');
    expect(borders.map((t) => t.countries)).toEqual([
      ['ROU', 'HUN'],
      ['HUN', 'AUT'],
      ['AUT', 'DEU'],
    ]);
    for (const b of borders) expect(b).toMatchObject({ union: 'eu', hours: { min: 0, typical: 0, max: 0 } });
    // By rail alone every way runs through Austria; avoiding it, the planner goes round by sea.
    expect(best({ from: 'port-constanta', to: 'duisburg', avoid: ['AUT'] }).countries).not.toContain('AUT');
  });

  it('a line drawn along a river border stays in its own country (the Tumen to Hunchun)', () => {
    expect(net.segments[net.segmentIndex.get('rail_jilin_hunchun')!]!.countries).toEqual(['CHN']);
  });

  // Four lines Natural Earth draws through a neighbour the trains no longer cross: Kosovo (Skopje–Niš is the
  // Preševo valley line), Ukraine (the Zhuravka–Millerovo bypass, 2017), Kazakhstan (the Syrdarya–Khavast–Jizzakh
  // line) and Turkmenistan (the Tashguzar–Boysun–Kumkurgan line, 2007).
  it.each([
    ['port-piraeus', 'budapest', ['GRC', 'MKD', 'SRB', 'HUN']],
    ['moscow', 'port-novorossiysk', ['RUS']],
    ['tashkent', 'samarkand', ['UZB']],
    ['qarshi', 'termez', ['UZB']],
  ])('%s → %s runs through the countries its trains do', (from, to, countries) => {
    expect(best({ from, to }).countries).toEqual(countries);
  });

  it('Moscow → Novorossiysk avoiding Ukraine is the same line, not a detour through Europe', () => {
    const plain = best({ from: 'moscow', to: 'port-novorossiysk' });
    const avoiding = best({ from: 'moscow', to: 'port-novorossiysk', avoid: ['UKR'] });
    expect(avoiding.id).toBe(plain.id);
    expect(avoiding.km).toBeLessThan(1600);
  });

  it('the avoid list offers the countries legs only pass through', () => {
    expect(networkCountries(net)).toEqual(expect.arrayContaining(['CHE', 'SRB', 'MKD', 'AUT', 'HUN']));
  });
});
