import { beforeAll, describe, expect, it } from 'vitest';
import { buildNetwork, DEFAULT_PARAMS, planRoutes, type Network, type Route, type RouteQuery } from '../../src/routing';
import { fixtureDataset } from './routing-fixture';
import { bestRoute } from './routing-real-network';

let net: Network;
beforeAll(() => {
  net = buildNetwork(fixtureDataset());
});

const best = (q: RouteQuery): Route => bestRoute(net, q);

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('best route on the fixture network', () => {
  it('counts one gauge break and one border at a break-of-gauge crossing (Khorgos)', () => {
    const r = best({ from: 'xian', to: 'almaty', modes: ['rail'] });
    expect(r.crossings).toEqual(['khorgos']);
    expect(r.borderCrossings).toBe(1);
    expect(r.gaugeBreaks).toBe(1);
    expect(r.transfers.map((t) => [t.at, t.kind])).toEqual([
      ['khorgos', 'border'],
      ['khorgos', 'gauge_change'],
    ]);
    expect(r.legs.map((l) => l.gauge)).toEqual([1435, 1435, 1520]);
  });

  it('adds the leg hours and the dwell of every transfer into the route’s range', () => {
    const r = best({ from: 'almaty', to: 'xian', modes: ['rail'] });
    const khorgos = DEFAULT_PARAMS.crossingDwell['khorgos']!;
    for (const k of ['min', 'typical', 'max'] as const) {
      const legs = sum(r.legs.map((l) => l.hours[k]));
      expect(r.hours[k]).toBeCloseTo(legs + khorgos.value[k], 6);
      expect(r.days[k]).toBeCloseTo(r.hours[k] / 24, 6);
    }
    expect(r.km).toBeCloseTo(sum(r.legs.map((l) => l.km)), 6);
  });

  it('uses a crossing’s own sourced dwell for everything that happens there (Brest, gauge change included)', () => {
    const r = best({ from: 'moscow', to: 'warsaw' });
    const brest = r.transfers.filter((t) => t.at === 'brest-terespol');
    const param = DEFAULT_PARAMS.crossingDwell['brest-terespol']!;
    expect(brest.map((t) => [t.kind, t.hours.typical, t.sources])).toEqual([
      ['border', param.value.typical, param.sources],
      ['gauge_change', 0, param.sources],
    ]);
    expect(r.gaugeBreaks).toBe(1);
  });

  it('names where each leg’s hours come from: the segment’s sources, or the speed parameter’s', () => {
    const r = best({ from: 'almaty', to: 'port-alat' });
    const ferry = r.legs.find((l) => l.mode === 'ferry')!;
    expect(ferry.timeSources).toEqual(['fixture']);
    const rail = r.legs.find((l) => l.mode === 'rail')!;
    // Almaty is in Kazakhstan: the Kazakh network's speed, not the 1520 mm default.
    expect(rail.timeSources).toEqual(DEFAULT_PARAMS.railRegions.find((g) => g.id === 'kazakhstan')!.speed.sources);
  });

  it('keeps a ferry leg’s sourced hours and counts boarding and leaving the ferry as transshipments', () => {
    const r = best({ from: 'almaty', to: 'boyuk-kasik' });
    const ferry = r.legs.find((l) => l.mode === 'ferry')!;
    expect(ferry.hours).toEqual({ min: 18, typical: 20, max: 24 });
    expect(r.transshipments).toBe(2);
    expect(r.transfers.filter((t) => t.kind === 'transshipment').map((t) => t.at)).toEqual(['port-aktau', 'port-alat']);
  });

  it('counts a border crossed by ferry between two countries’ ports, with customs inside the port dwell', () => {
    const r = best({ from: 'almaty', to: 'port-alat' });
    const border = r.transfers.find((t) => t.kind === 'border')!;
    expect(border).toMatchObject({ countries: ['KAZ', 'AZE'], unmarked: true, hours: { min: 0, typical: 0, max: 0 } });
    expect(r.borderCrossings).toBe(1);
    expect(r.crossings).toEqual([]);
  });

  it('counts a land border on a leg drawn without a crossing point, with the default border dwell', () => {
    const r = best({ from: 'torugart', to: 'andijan', includePlanned: true, modes: ['rail'] });
    const border = r.transfers.find((t) => t.unmarked)!;
    expect(border.countries).toEqual(['KGZ', 'UZB']);
    expect(border.hours).toEqual(DEFAULT_PARAMS.dwell.borderRail.value);
  });

  it('avoiding RUS between Xi’an and Duisburg takes the Middle Corridor across the Caspian', () => {
    const r = best({ from: 'xian', to: 'duisburg', avoid: ['RUS'] });
    expect(r.countries).not.toContain('RUS');
    expect(r.corridors).toContain('middle-corridor');
    expect(r.legs.some((l) => l.mode === 'ferry')).toBe(true);
    const plain = best({ from: 'xian', to: 'duisburg' });
    expect(plain.countries).toContain('RUS');
  });

  it('excludes a leg or node in an avoided country, whichever country code case is typed', () => {
    const r = best({ from: 'xian', to: 'tashkent', avoid: ['kaz'] });
    expect(r.countries).not.toContain('KAZ');
    expect(r.crossings).toContain('irkeshtam');
  });

  it('opens the CKU railway via Torugart only when planned links are included', () => {
    const today = best({ from: 'kashgar', to: 'andijan', modes: ['rail'] });
    expect(today.crossings).not.toContain('torugart');
    const planned = best({ from: 'kashgar', to: 'andijan', modes: ['rail'], includePlanned: true });
    expect(planned.crossings).toEqual(['torugart']);
    expect(planned.borderCrossings).toBe(2);
    expect(planned.plannedLinks).toEqual([
      'kashgar-torugart-rail',
      'torugart-jalal-abad-rail',
      'jalal-abad-andijan-rail',
    ]);
    expect(planned.hours.typical).toBeLessThan(today.hours.typical);
  });

  it('closes the Arctic sea leg in winter and opens it in its July–November window', () => {
    const summer = best({ from: 'port-arkhangelsk', to: 'port-shanghai', modes: ['sea'], month: 8 });
    expect(summer.seasonal).toEqual([{ segment: 'arkhangelsk-shanghai-nsr', season: { from: 7, to: 11 } }]);
    const winter = planRoutes(net, { from: 'port-arkhangelsk', to: 'port-shanghai', modes: ['sea'], month: 2 });
    expect(winter.ok).toBe(false);
    const anyMonth = best({ from: 'port-arkhangelsk', to: 'port-shanghai', modes: ['sea'] });
    expect(anyMonth.seasonal).toHaveLength(1);
  });

  it('keeps to the allowed modes', () => {
    const r = best({ from: 'xian', to: 'tashkent', modes: ['rail'] });
    expect(new Set(r.legs.map((l) => l.mode))).toEqual(new Set(['rail']));
  });

  it('passes the via points in order', () => {
    const r = best({ from: 'xian', to: 'tashkent', via: ['kashgar', 'osh'] });
    const visited = [r.from, ...r.legs.map((l) => l.to)];
    expect(visited.indexOf('kashgar')).toBeGreaterThan(0);
    expect(visited.indexOf('osh')).toBeGreaterThan(visited.indexOf('kashgar'));
    expect(r.via).toEqual(['kashgar', 'osh']);
    expect(r.transfers.find((t) => t.at === 'kashgar')?.kind).toBe('transshipment');
  });

  it('lists the countries in travel order and the legs end to end', () => {
    const r = best({ from: 'duisburg', to: 'xian' });
    expect(r.countries).toEqual(['DEU', 'POL', 'BLR', 'RUS', 'KAZ', 'CHN']);
    r.legs.forEach((l, i) => i > 0 && expect(l.from).toBe(r.legs[i - 1]!.to));
    expect(r.legs[0]!.from).toBe('duisburg');
    expect(r.legs.at(-1)!.to).toBe('xian');
  });
});
