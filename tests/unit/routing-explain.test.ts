import { beforeAll, describe, expect, it } from 'vitest';
import { buildNetwork, planRoutes, type Network, type PlanResult, type RouteQuery } from '../../src/routing';
import { fixtureDataset } from './routing-fixture';

let net: Network;
beforeAll(() => {
  net = buildNetwork(fixtureDataset());
});

function failure(q: RouteQuery): Extract<PlanResult, { ok: false }> {
  const plan = planRoutes(net, q);
  if (plan.ok) throw new Error(`expected no route, got ${plan.routes[0]!.id}`);
  return plan;
}

describe('answers when there is no route', () => {
  it('names the avoided country every route crosses', () => {
    const f = failure({ from: 'xian', to: 'duisburg', avoid: ['RUS', 'AZE'] });
    expect(f.code).toBe('blocked_by_avoid');
    expect(f.reason).toBe('every route crosses an avoided country (RUS or AZE)');
    expect(f.causes).toEqual([{ kind: 'avoid', countries: ['RUS', 'AZE'], together: false }]);
  });

  it('says there is no operational crossing between CHN and KGZ by rail, and which planned link would open one', () => {
    const f = failure({ from: 'kashgar', to: 'jalal-abad', modes: ['rail'] });
    expect(f.code).toBe('blocked_by_status');
    expect(f.reason).toMatch(/^no operational rail crossing between CHN and KGZ in the chosen scenario/);
    expect(f.reason).toMatch(/via Torugart/);
    expect(f.reason).toMatch(/planned, opening 2030/);
    expect(f.causes).toEqual([
      {
        kind: 'status',
        link: 'kashgar-torugart-rail',
        status: 'planned',
        planned: 2030,
        crossing: 'torugart',
        countries: ['CHN', 'KGZ'],
      },
    ]);
  });

  it('names the seasonal leg and its window when the month closes the only way', () => {
    const ds = fixtureDataset();
    const arctic = buildNetwork({
      ...ds,
      nodes: ds.nodes.filter((n) => ['port-arkhangelsk', 'port-shanghai'].includes(n.properties.id)),
      segments: ds.segments.filter((s) => s.properties.id === 'arkhangelsk-shanghai-nsr'),
    });
    const plan = planRoutes(arctic, { from: 'port-arkhangelsk', to: 'port-shanghai', month: 2 });
    expect(plan).toEqual({
      ok: false,
      code: 'blocked_by_season',
      reason: 'the Arctic Express No. 1 leg runs July–November; month 2 is outside',
      causes: [
        {
          kind: 'season',
          month: 2,
          legs: [{ segment: 'arkhangelsk-shanghai-nsr', corridor: 'arctic-express', season: { from: 7, to: 11 } }],
        },
      ],
    });
  });

  it('lists each change that would open a route when several would', () => {
    const f = failure({ from: 'port-arkhangelsk', to: 'port-shanghai', modes: ['sea'], month: 12 });
    expect(f.code).toBe('blocked_by_several');
    expect(f.reason).toBe(
      'no route with all these settings; any one change opens one: the Arctic Express No. 1 leg runs July–November; ' +
        'month 12 is outside; or no route by sea alone; one exists using rail (Port of Arkhangelsk → Bely Rast)',
    );
  });

  it('says which settings must change together when no single change is enough', () => {
    const ds = fixtureDataset();
    const keep = ['bely-rast', 'port-arkhangelsk', 'port-shanghai'];
    const planned = ds.segments
      .filter((s) => ['bely-rast-arkhangelsk', 'arkhangelsk-shanghai-nsr'].includes(s.properties.id))
      .map((s) =>
        s.properties.mode === 'rail' ? { ...s, properties: { ...s.properties, status: 'planned' as const } } : s,
      );
    const net2 = buildNetwork({
      ...ds,
      nodes: ds.nodes.filter((n) => keep.includes(n.properties.id)),
      segments: planned,
    });
    const plan = planRoutes(net2, { from: 'bely-rast', to: 'port-shanghai', month: 1 });
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.code).toBe('blocked_by_several');
    expect(plan.reason).toBe(
      'no route unless several settings change: no operational route in the chosen scenario; it needs ' +
        'Bely Rast – Port of Arkhangelsk (planned); and the Arctic Express No. 1 leg runs July–November; month 1 is outside',
    );
  });

  it('says which modes would open a route when the allowed ones do not', () => {
    const f = failure({ from: 'irkeshtam', to: 'osh', modes: ['rail'] });
    expect(f.code).toBe('no_legs');
    const g = failure({ from: 'kashgar', to: 'almaty', modes: ['road'] });
    expect(g.code).toBe('blocked_by_modes');
    expect(g.reason).toMatch(/^no route by road alone; one exists using rail \(.+ → .+\)$/);
  });

  it('reports places that are not connected at all', () => {
    const f = failure({ from: 'xian', to: 'port-jnpt' });
    expect(f.code).toBe('unreachable');
    expect(f.reason).toBe("no connection between Xi'an and Mumbai (JNPT) in the network data");
  });

  it('refuses an origin in an avoided country in words', () => {
    const f = failure({ from: 'xian', to: 'duisburg', avoid: ['CHN'] });
    expect(f.code).toBe('endpoint_excluded');
    expect(f.reason).toBe("the origin Xi'an is in an avoided country (CHN)");
  });

  it('answers the same place twice, unknown and ambiguous names and bad options without throwing', () => {
    expect(failure({ from: 'xian', to: "Xi'an" }).reason).toBe("origin and destination are the same place (Xi'an)");
    expect(failure({ from: 'xian', via: ['西安'], to: 'almaty' }).reason).toBe(
      "two stops in a row are the same place (Xi'an)",
    );
    const unknown = failure({ from: 'Tashkennt', to: 'xian' });
    expect(unknown.code).toBe('unknown_place');
    expect(unknown.reason).toMatch(/did you mean Tashkent, UZB \(tashkent\)/);
    const ambiguous = failure({ from: 'Astara', to: 'xian' });
    expect(ambiguous.code).toBe('ambiguous_place');
    expect(ambiguous.candidates?.map((c) => c.id)).toEqual(['astara-aze', 'astara-irn']);
    expect(failure({ from: 'xian', to: 'almaty', month: 13 }).code).toBe('bad_query');
    expect(failure({ from: 'xian', to: 'almaty', avoid: ['RU'] }).code).toBe('bad_query');
    expect(failure({ from: ' ', to: 'almaty' }).code).toBe('bad_query');
    expect(failure({ from: 'astara-aze', to: 'almaty' }).code).toBe('no_legs');
  });
});
