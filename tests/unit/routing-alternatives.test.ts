import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, NodeFeature, SegmentFeature } from '../../src/data/schema';
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

  it('offers both the rail route via Khorgos and the Hubei-style rail–road route via Irkeshtam', () => {
    const rs = routes({ from: 'xian', to: 'tashkent' });
    expect(rs.some((r) => r.crossings[0] === 'khorgos' && r.transshipments === 0)).toBe(true);
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

/** A → (crossing K1 or K2) → C → D: the K2 variant leaves the best route at A and rejoins it at C. */
function twoCrossings(k2Latitude: number): Dataset {
  const place = (id: string, coord: [number, number], countries: string[], crossing = false): NodeFeature => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: coord },
    properties: {
      id,
      names: { en: id, zh: id, ru: id },
      aliases: [],
      status: 'operational',
      figures: [],
      sources: ['t'],
      kind: crossing ? 'border_crossing' : 'city',
      countries,
      modes: ['road'],
      located: 't',
    },
  });
  const nodes = [
    place('a', [0, 0], ['CHN']),
    place('k1', [1, 0], ['CHN', 'KAZ'], true),
    place('k2', [1, k2Latitude], ['CHN', 'KAZ'], true),
    place('c', [2, 0], ['KAZ']),
    place('d', [3, 0], ['KAZ']),
  ];
  const at = new Map(nodes.map((n) => [n.properties.id, n.geometry.coordinates]));
  const road = (from: string, to: string): SegmentFeature => ({
    type: 'Feature',
    geometry: { type: 'LineString', coordinates: [at.get(from)!, at.get(to)!] },
    properties: {
      id: `${from}-${to}`,
      corridors: ['x'],
      mode: 'road',
      status: 'operational',
      precision: 'schematic',
      geometrySource: 't',
      from,
      to,
      figures: [],
      sources: ['t'],
    },
  });
  const segments = [road('a', 'k1'), road('k1', 'c'), road('a', 'k2'), road('k2', 'c'), road('c', 'd')];
  return { sources: [], corridors: [], nodes, segments, projects: [] };
}

describe('variants through another crossing', () => {
  const plan = (k2Latitude: number) => {
    const p = planRoutes(buildNetwork(twoCrossings(k2Latitude)), { from: 'a', to: 'd' });
    return p.ok ? p.routes.map((r) => r.crossings.join('+')) : [];
  };

  it('shows a variant that is a little slower between the points where it leaves and rejoins the best route', () => {
    expect(plan(0.5)).toEqual(['k1', 'k2']);
  });

  it('leaves out a variant that is far slower there, however different its crossing', () => {
    expect(plan(3)).toEqual(['k1']);
  });
});
