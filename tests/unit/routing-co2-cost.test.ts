// CO2e per TEU by leg and route (ISO 14083 / GLEC: km × well-to-wheel intensity × 10 t), the published rate per
// container where one covers the route, and the comparison's order and colours by time, CO2e or cost.
import { beforeAll, describe, expect, it } from 'vitest';
import { rankShare, sortedOrder } from '../../src/planner/RouteTable';
import type { Network, Route, RouteQuery } from '../../src/routing';
import { CO2E_INTENSITY, PAYLOAD_T_PER_TEU } from '../../src/routing/emissions';
import { RATES } from '../../src/routing/rates';
import { bestRoute, realNetwork } from './routing-real-network';

let net: Network;
beforeAll(() => {
  net = realNetwork();
});

const best = (q: RouteQuery): Route => bestRoute(net, q);

describe('CO2e per TEU', () => {
  it('is each leg’s km × its mode’s intensity × 10 t, summed over the route', () => {
    const r = best({ from: 'xian', to: 'duisburg' });
    for (const l of r.legs)
      expect(l.co2eKg.typical).toBeCloseTo((l.km * CO2E_INTENSITY[l.mode].value.typical * PAYLOAD_T_PER_TEU) / 1000, 6);
    const sum = r.legs.reduce((s, l) => s + l.co2eKg.typical, 0);
    expect(r.co2eKg.typical).toBeCloseTo(sum, 6);
    expect(r.co2eKg.min).toBeLessThan(r.co2eKg.typical);
    expect(r.co2eKg.max).toBeGreaterThan(r.co2eKg.typical);
  });

  it('is far higher by truck than by train over the same ground (Kashgar → Tashkent)', () => {
    const road = best({ from: 'kashgar', to: 'tashkent', modes: ['road'] });
    expect(road.co2eKg.typical / road.km).toBeGreaterThan((5 * (CO2E_INTENSITY.rail.value.typical * 10)) / 1000);
  });
});

describe('rate per container', () => {
  it('prices the broad-gauge transit of a China–Europe train with ERAI, and says it covers the transit only', () => {
    const r = best({ from: 'xian', to: 'duisburg', via: ['brest-terespol'] });
    expect(r.cost?.usdPerFeu).toEqual(RATES.erai.usdPerFeu);
    expect(r.cost?.complete).toBe(false);
    expect(r.cost?.rates.map((x) => x.date)).toEqual(['2024-07-15']);
  });

  it('has no published rate for the CKU rail–road route', () => {
    expect(best({ from: 'wuhan-wujiashan', to: 'tashkent', via: ['kashgar', 'irkeshtam'] }).cost).toBeUndefined();
  });
});

describe('the comparison’s order and colours', () => {
  const route = (hours: number, co2: number, usd?: number) =>
    ({
      hours: { min: hours, typical: hours, max: hours },
      co2eKg: { min: co2, typical: co2, max: co2 },
      cost:
        usd === undefined ? undefined : { usdPerFeu: { min: usd, typical: usd, max: usd }, rates: [], complete: true },
    }) as unknown as Route;
  const routes = [route(300, 900), route(700, 400, 2800), route(500, 2000, 3300)];

  it('sorts by time, by CO2e, or by cost with unpriced routes last', () => {
    expect(sortedOrder(routes, 'time')).toEqual([0, 2, 1]);
    expect(sortedOrder(routes, 'co2e')).toEqual([1, 0, 2]);
    expect(sortedOrder(routes, 'cost')).toEqual([1, 2, 0]);
  });

  it('ranks from best (0) to worst (1), and leaves an unpriced route unranked', () => {
    expect(routes.map((_, i) => rankShare(routes, 'co2e', i))).toEqual([(900 - 400) / (2000 - 400), 0, 1]);
    expect(rankShare(routes, 'cost', 0)).toBeUndefined();
  });
});
