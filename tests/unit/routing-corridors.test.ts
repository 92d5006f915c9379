import { beforeAll, describe, expect, it } from 'vitest';
import { buildNetwork, type Network, type Route, type RouteQuery } from '../../src/routing';
import { fixtureDataset } from './routing-fixture';
import { bestRoute } from './routing-real-network';

let net: Network;
beforeAll(() => {
  net = buildNetwork(fixtureDataset());
});

const best = (q: RouteQuery): Route => bestRoute(net, q);

/** Each corridor's share of the route's km, as a caller would work it out from the legs. */
function shares(r: Route): Map<string, number> {
  const km = new Map<string, number>();
  for (const l of r.legs) for (const c of l.corridors) km.set(c, (km.get(c) ?? 0) + l.km / r.km);
  return km;
}

describe('the corridors a route runs on', () => {
  it('lists the corridor carrying most of the way first, not the one met first', () => {
    // Out of Shanghai on the CR Express legs, then mostly on the Middle Corridor across the Caspian.
    const r = best({ from: 'port-shanghai', to: 'duisburg', avoid: ['RUS'] });
    expect(r.legs[0]!.corridors).toEqual(['cr-express']);
    expect(r.corridors).toEqual(['middle-corridor', 'cr-express']);
    expect(shares(r).get('middle-corridor')).toBeGreaterThan(shares(r).get('cr-express')!);
  });

  it('leaves out a corridor that carries under a tenth of the route', () => {
    // The short Bely Rast – Moscow link is Arctic Express track; the rest is the CR Express.
    const r = best({ from: 'bely-rast', to: 'duisburg' });
    expect(r.legs.flatMap((l) => l.corridors)).toContain('arctic-express');
    expect(shares(r).get('arctic-express')).toBeLessThan(0.1);
    expect(r.corridors).toEqual(['cr-express']);
  });

  it('keeps every corridor carrying a tenth of the km the others leave, by share', () => {
    // Arctic Express to Shanghai, then the CR Express to Almaty; its legs past Xi'an are Middle Corridor track
    // too, but the route does not follow the Middle Corridor anywhere the CR Express does not already name.
    const r = best({ from: 'moscow', to: 'almaty', via: ['port-arkhangelsk'], month: 8 });
    expect(shares(r).get('middle-corridor')).toBeGreaterThan(0.1);
    expect(r.corridors).toEqual(['arctic-express', 'cr-express']);
  });
});
