import { beforeAll, describe, expect, it } from 'vitest';
import { buildNetwork, planRoutes, type Network, type Route, type RouteQuery } from '../../src/routing';
import { buildCosts } from '../../src/routing/costs';
import { shortestPath } from '../../src/routing/no-repeat';
import { searchStages } from '../../src/routing/search';
import { fixtureDataset } from './routing-fixture';

let net: Network;
beforeAll(() => {
  net = buildNetwork(fixtureDataset());
});

function plan(q: RouteQuery): Route[] {
  const p = planRoutes(net, q);
  if (!p.ok) throw new Error(`expected a route: ${p.reason}`);
  return p.routes;
}

const segments = (r: Route) => r.legs.map((l) => l.segment);
const repeated = (r: Route) => segments(r).filter((s, i, all) => all.indexOf(s) !== i);

describe('a route travels no leg twice', () => {
  it('leaves a dead-end port by the sea leg in season, not back along the rail it came on', () => {
    // Arkhangelsk has one rail leg (from Bely Rast); back by rail to Moscow and on to Almaty is days quicker.
    const [r] = plan({ from: 'moscow', to: 'almaty', via: ['port-arkhangelsk'], month: 8, alternatives: 0 });
    expect(repeated(r!)).toEqual([]);
    expect(segments(r!).slice(0, 3)).toEqual(['moscow-bely-rast', 'bely-rast-arkhangelsk', 'arkhangelsk-shanghai-nsr']);
    expect(r!.legs.at(-1)!.to).toBe('almaty');
  });

  it('charges the change from rail to ship at the via port like any other', () => {
    const [r] = plan({ from: 'moscow', to: 'almaty', via: ['port-arkhangelsk'], month: 8, alternatives: 0 });
    const atVia = r!.transfers.filter((t) => t.at === 'port-arkhangelsk');
    expect(atVia.map((t) => [t.kind, t.fromCarrier, t.toCarrier])).toEqual([['transshipment', 'rail-1520', 'sea']]);
    expect(atVia[0]!.hours.typical).toBeGreaterThan(0);
    const legs = r!.legs.reduce((s, l) => s + l.hours.typical, 0);
    const transfers = r!.transfers.reduce((s, t) => s + t.hours.typical, 0);
    expect(r!.hours.typical).toBeCloseTo(legs + transfers, 6);
  });

  it('offers no alternative that goes back along a leg', () => {
    const routes = plan({ from: 'moscow', to: 'almaty', via: ['port-arkhangelsk'], month: 8 });
    expect(routes.length).toBeGreaterThan(1);
    for (const r of routes) expect(repeated(r), r.id).toEqual([]);
  });

  it('goes back along the only leg out of a via stop when nothing else is open (Arctic closed in February)', () => {
    const [r] = plan({ from: 'moscow', to: 'almaty', via: ['port-arkhangelsk'], month: 2, alternatives: 0 });
    expect(repeated(r!).sort()).toEqual(['bely-rast-arkhangelsk', 'moscow-bely-rast']);
  });

  it('answers exactly as the staged search does wherever that search repeats no leg', () => {
    const cm = buildCosts(net, { modes: ['rail', 'road', 'ferry', 'sea'], avoid: [], includePlanned: true }, 'time');
    const ids = ['xian', 'moscow', 'almaty', 'tashkent', 'port-arkhangelsk', 'duisburg', 'port-alat', 'kashgar'];
    const idx = ids.map((id) => net.nodeIndex.get(id)!);
    let compared = 0;
    for (const a of idx)
      for (const v of idx)
        for (const b of idx) {
          if (a === v || v === b || a === b) continue;
          const plain = searchStages(net, cm, [a, v, b]);
          const legs = plain?.steps.flatMap((s) => (s.kind === 'leg' ? [s.segment] : [])) ?? [];
          if (new Set(legs).size !== legs.length) continue;
          expect(shortestPath(net, cm, [a, v, b])).toEqual(plain);
          compared++;
        }
    expect(compared).toBeGreaterThan(50);
  });
});
