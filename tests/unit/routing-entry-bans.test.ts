// Goods that have been in Pakistan may not enter India (DGFT, 2 May 2025). With the Karakoram Highway in the
// network, the fastest road to Mumbai from Central Asia would otherwise run through Pakistan and ship from Karachi;
// the planner plans around the ban, says so, and refuses a question that cannot be answered without breaking it.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeoDataset, ROUTING_FILES } from '../../src/data/load-node';
import { buildNetwork, DEFAULT_PARAMS, planRoutes, planSeaRoute, type Network, type Route } from '../../src/routing';
import { brokenBan } from '../../src/routing/entry-bans';
import { bestRoute } from './routing-real-network';

let net: Network;
let unbanned: Network;
beforeAll(() => {
  const loaded = loadGeoDataset('geo', ROUTING_FILES);
  if (!loaded.ok) throw new Error(loaded.message);
  net = buildNetwork(loaded.data);
  unbanned = buildNetwork(loaded.data, { ...DEFAULT_PARAMS, entryBans: [] });
});

const entersIndiaFromPakistan = (r: Route) => {
  const p = r.countries.indexOf('PAK');
  return p >= 0 && r.countries.lastIndexOf('IND') > p;
};

describe('an entry ban', () => {
  it('is what keeps Moscow → Mumbai (Suez avoided) on the North–South corridor through Iran, not through Pakistan', () => {
    const q = { from: 'moscow', to: 'port-jnpt', avoid: ['SUEZ'] };
    expect(entersIndiaFromPakistan(bestRoute(unbanned, q))).toBe(true);
    const plan = planRoutes(net, { ...q, alternatives: 3 });
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.routes[0]!.countries).toContain('IRN');
    expect(plan.routes.some(entersIndiaFromPakistan)).toBe(false);
    expect(plan.plannedAround).toEqual({ from: 'PAK', into: 'IND', since: '2025-05-02', avoided: 'PAK' });
    expect(DEFAULT_PARAMS.entryBans[0]!.sources.length).toBeGreaterThan(0);
  });

  it('leaves alone a route that keeps it, and a ship that only sails past India', () => {
    const plan = planRoutes(net, { from: 'port-karachi', to: 'port-shanghai', modes: ['sea'] });
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.plannedAround).toBeUndefined();
    expect(plan.routes[0]!.sailsPast).toContain('IND');
    expect(brokenBan(DEFAULT_PARAMS.entryBans, plan.routes[0]!)).toBeUndefined();
  });

  it('refuses a question whose own stops need both countries, and says why', () => {
    const plan = planRoutes(net, { from: 'port-karachi', to: 'port-jnpt' });
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.code).toBe('blocked_by_ban');
    expect(plan.reason).toBe('goods that have been in PAK may not enter IND (since 2025-05-02)');
    expect(plan.causes).toEqual([{ kind: 'ban', from: 'PAK', into: 'IND', since: '2025-05-02' }]);
  });
});

describe('the sea route set beside the answers', () => {
  it('keeps the ban too: Kashgar → Mumbai ships from China, not from Karachi', () => {
    const q = { from: 'kashgar', to: 'port-jnpt' };
    const without = planSeaRoute(unbanned, q);
    expect(without.ok && entersIndiaFromPakistan(without.route)).toBe(true);
    const sea = planSeaRoute(net, q);
    if (!sea.ok) throw new Error(sea.reason);
    expect(entersIndiaFromPakistan(sea.route)).toBe(false);
    expect(sea.route.legs.some((l) => l.mode === 'sea')).toBe(true);
    const none = planSeaRoute(net, { from: 'islamabad', to: 'port-jnpt' });
    expect(!none.ok && none.reason).toBe('goods that have been in PAK may not enter IND (since 2025-05-02)');
  });
});

describe('the China–Pakistan road', () => {
  it('takes Kashgar → Karachi over the Khunjerab Pass and the Karakoram Highway, 2,841 km', () => {
    const r = bestRoute(net, { from: 'kashgar', to: 'port-karachi' });
    expect(r.crossings).toEqual(['khunjerab']);
    expect(r.countries).toEqual(['CHN', 'PAK']);
    expect(r.legs.map((l) => l.mode)).toEqual(['road', 'road', 'road']);
    // 420 km Kashgar–Khunjerab and 870 km on to Islamabad (Wikipedia), 1,551 km of the N-5 to Karachi.
    expect(r.km).toBe(2841);
  });
});
