import { describe, expect, it } from 'vitest';
import type { Dataset, NodeFeature, SegmentFeature } from '../../src/data/schema';
import { buildNetwork, DEFAULT_PARAMS, planRoutes } from '../../src/routing';
import { fixtureDataset } from './routing-fixture';

const node = (id: string, coord: [number, number], country = 'KAZ'): NodeFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: coord },
  properties: {
    id,
    names: { en: id, zh: id, ru: id },
    aliases: [],
    status: 'operational',
    figures: [],
    sources: ['t'],
    kind: 'city',
    countries: [country],
    modes: ['rail', 'road'],
    located: 't',
  },
});

const line = (id: string, from: NodeFeature, to: NodeFeature, mode: 'rail' | 'road', extra = {}): SegmentFeature => ({
  type: 'Feature',
  geometry: { type: 'LineString', coordinates: [from.geometry.coordinates, to.geometry.coordinates] },
  properties: {
    id,
    corridors: ['c'],
    mode,
    status: 'operational',
    precision: 'schematic',
    geometrySource: 't',
    from: from.properties.id,
    to: to.properties.id,
    figures: [],
    sources: ['t'],
    ...extra,
  },
});

const tiny = (segments: SegmentFeature[], nodes: NodeFeature[]): Dataset => ({
  sources: [],
  corridors: [],
  nodes,
  segments,
  projects: [],
});

describe('network from the data', () => {
  const a = node('a', [0, 0]);
  const b = node('b', [1, 0]);

  it('measures a leg on its geometry: one degree of the equator is about 111.2 km', () => {
    const net = buildNetwork(tiny([line('ab', a, b, 'rail', { gauge: 1520 })], [a, b]));
    expect(net.segments[0]!.km).toBeCloseTo(111.2, 1);
  });

  it('derives a rail leg’s hours from the gauge’s speed range: fastest speed gives the shortest time', () => {
    // Without rail regions every country runs at its gauge's speed.
    const params = { ...DEFAULT_PARAMS, railRegions: [] };
    const net = buildNetwork(tiny([line('ab', a, b, 'rail', { gauge: 1520 })], [a, b]), params);
    const { min, typical, max } = DEFAULT_PARAMS.speed.rail[1520].value;
    const km = net.segments[0]!.km;
    expect(net.segments[0]!.hours).toEqual({ min: km / max, typical: km / typical, max: km / min });
    expect(net.segments[0]!.hoursFrom).toBe('speed');
  });

  it('uses a segment’s own sourced hours instead of speed, taking the middle when no typical is given', () => {
    const net = buildNetwork(tiny([line('ab', a, b, 'road', { hours: { min: 10, max: 20 } })], [a, b]));
    expect(net.segments[0]!.hours).toEqual({ min: 10, typical: 15, max: 20 });
    expect(net.segments[0]!.hoursFrom).toBe('segment');
  });

  it('assumes the broad gauge for a Kazakh rail leg that states none, and says so', () => {
    const net = buildNetwork(tiny([line('ab', a, b, 'rail')], [a, b]));
    expect(net.segments[0]!.gauge).toBe(1520);
    expect(net.warnings).toEqual(['segment ab: no gauge given; assumed 1520 mm']);
  });

  it('leaves out a segment whose node is missing, with a warning instead of an exception', () => {
    const net = buildNetwork(tiny([line('ab', a, b, 'rail', { gauge: 1520 })], [a]));
    expect(net.segments).toHaveLength(0);
    expect(net.warnings[0]).toMatch(/segment ab: unknown node b/);
  });

  it('takes a sea leg’s season from its corridor when the leg has none of its own', () => {
    const net = buildNetwork(fixtureDataset());
    const nsr = net.segments.find((s) => s.id === 'arkhangelsk-shanghai-nsr')!;
    expect(nsr.season).toEqual({ from: 7, to: 11 });
    const rail = net.segments.find((s) => s.id === 'bely-rast-arkhangelsk')!;
    expect(rail.season).toBeUndefined();
  });

  it('places a leg in the country its two ends share, and an unmarked land border between two countries', () => {
    const net = buildNetwork(fixtureDataset());
    expect(net.segments.find((s) => s.id === 'urumqi-khorgos')!.countries).toEqual(['CHN']);
    expect(net.segments.find((s) => s.id === 'khorgos-almaty')!.countries).toEqual(['KAZ']);
    const ja = net.segments.find((s) => s.id === 'jalal-abad-andijan-rail')!;
    expect(ja.countries).toEqual(['KGZ', 'UZB']);
    expect(ja.unmarkedBorders).toEqual([['KGZ', 'UZB']]);
  });

  it('does not count a border inside the EU customs union that has no crossing point', () => {
    const net = buildNetwork(fixtureDataset());
    expect(net.segments.find((s) => s.id === 'sofia-duisburg')!.unmarkedBorders).toEqual([]);
  });

  it('runs a rail leg wholly in Europe at the European network’s speed', () => {
    const net = buildNetwork(fixtureDataset());
    const wd = net.segments.find((s) => s.id === 'warsaw-duisburg')!;
    const europe = DEFAULT_PARAMS.railRegions.find((r) => r.id === 'europe')!;
    expect(wd.hours.typical).toBeCloseTo(wd.km / europe.speed.value.typical, 6);
  });

  it('changes gauge at a city or crossing but not at a bare junction', () => {
    const j = { ...node('j', [0.5, 0]), properties: { ...node('j', [0.5, 0]).properties, kind: 'junction' as const } };
    const viaJunction = tiny(
      [line('aj', a, j, 'rail', { gauge: 1435 }), line('jb', j, b, 'rail', { gauge: 1520 })],
      [a, j, b],
    );
    expect(planRoutes(buildNetwork(viaJunction), { from: 'a', to: 'b' })).toMatchObject({
      ok: false,
      code: 'unreachable',
    });
    const c = node('c', [0.5, 0]);
    const viaCity = tiny(
      [line('ac', a, c, 'rail', { gauge: 1435 }), line('cb', c, b, 'rail', { gauge: 1520 })],
      [a, c, b],
    );
    const plan = planRoutes(buildNetwork(viaCity), { from: 'a', to: 'b' });
    expect(plan.ok && plan.routes[0]!.gaugeBreaks).toBe(1);
  });

  it('routes by distance and by time differently when the short way is slow', () => {
    const c = node('c', [0.5, 0.3]);
    const net = buildNetwork(
      tiny(
        [
          line('ab-road', a, b, 'road'),
          line('ac', a, c, 'rail', { gauge: 1520 }),
          line('cb', c, b, 'rail', { gauge: 1520 }),
        ],
        [a, b, c],
      ),
    );
    const fastest = planRoutes(net, { from: 'a', to: 'b', by: 'time', alternatives: 0 });
    const shortest = planRoutes(net, { from: 'a', to: 'b', by: 'distance', alternatives: 0 });
    expect(fastest.ok && fastest.routes[0]!.legs.map((l) => l.segment)).toEqual(['ac', 'cb']);
    expect(shortest.ok && shortest.routes[0]!.legs.map((l) => l.segment)).toEqual(['ab-road']);
  });
});
