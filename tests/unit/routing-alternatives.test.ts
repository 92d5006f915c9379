import { beforeAll, describe, expect, it } from 'vitest';
import { buildNetwork, planRoutes, type Network, type Route } from '../../src/routing';
import { fixtureDataset } from './routing-fixture';

let net: Network;
beforeAll(() => {
  net = buildNetwork(fixtureDataset());
});

function routes(q: Parameters<typeof planRoutes>[1]): Route[] {
  const plan = planRoutes(net, q);
  if (!plan.ok) throw new Error(plan.reason);
  return plan.routes;
}

const key = (r: Route) => [...r.crossings].sort().join('+');

describe('alternatives', () => {
  it('offers up to three, each through another set of border crossings, best first', () => {
    const rs = routes({ from: 'xian', to: 'duisburg' });
    expect(rs).toHaveLength(4);
    expect(new Set(rs.map(key)).size).toBe(rs.length);
    const hours = rs.map((r) => r.hours.typical);
    expect(hours).toEqual([...hours].sort((a, b) => a - b));
  });

  it('includes another gateway into Kazakhstan and the Middle Corridor for Xi’an → Duisburg', () => {
    const rs = routes({ from: 'xian', to: 'duisburg' });
    const gateways = rs.map((r) => r.crossings[0]);
    expect(gateways).toContain('khorgos');
    expect(gateways).toContain('alashankou-dostyk');
    expect(rs.some((r) => r.corridors.includes('middle-corridor') && r.legs.some((l) => l.mode === 'ferry'))).toBe(
      true,
    );
  });

  it('does not offer a detour that leaves the same line through two or more extra borders', () => {
    // Through Irkeshtam, Osh and Tashkent a train could rejoin the northern route in Kazakhstan: a detour.
    const rs = routes({ from: 'xian', to: 'duisburg' });
    expect(rs.some((r) => r.crossings.includes('irkeshtam'))).toBe(false);
  });

  it('keeps the Hubei-style road route via Irkeshtam as an alternative to the rail route via Khorgos', () => {
    const rs = routes({ from: 'xian', to: 'tashkent' });
    expect(rs[0]!.crossings[0]).toBe('khorgos');
    expect(rs.some((r) => r.crossings[0] === 'irkeshtam' && r.transshipments > 0)).toBe(true);
  });

  it('returns only the best route when no alternatives are asked for', () => {
    expect(routes({ from: 'xian', to: 'duisburg', alternatives: 0 })).toHaveLength(1);
  });

  it('never repeats the best route’s crossings under an avoided country either', () => {
    const rs = routes({ from: 'xian', to: 'duisburg', avoid: ['RUS'] });
    expect(rs.length).toBeGreaterThan(1);
    expect(new Set(rs.map(key)).size).toBe(rs.length);
    rs.forEach((r) => expect(r.countries).not.toContain('RUS'));
  });
});
