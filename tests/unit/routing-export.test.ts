import { describe, expect, it } from 'vitest';
import { buildNetwork, planRoutes, routeToGeoJSON, type Route } from '../../src/routing';
import { fixtureDataset } from './routing-fixture';

const net = buildNetwork(fixtureDataset());

function route(from: string, to: string): Route {
  const plan = planRoutes(net, { from, to, alternatives: 0 });
  if (!plan.ok) throw new Error(plan.reason);
  return plan.routes[0]!;
}

describe('route export', () => {
  it('writes GeoJSON with one line per leg drawn in travel order and a point per transfer or border', () => {
    const r = route('almaty', 'xian');
    const fc = routeToGeoJSON(r, net);
    const legs = fc.features.filter((f) => f.properties?.role === 'leg');
    const points = fc.features.filter((f) => f.geometry.type === 'Point');
    expect(legs).toHaveLength(r.legs.length);
    expect(points).toHaveLength(r.transfers.length);
    const first = legs[0]!.geometry;
    const almaty = net.nodes[net.nodeIndex.get('almaty')!]!.coord;
    expect(first.type === 'LineString' && first.coordinates[0]).toEqual(almaty);
    expect(legs[0]!.properties).toMatchObject({
      leg: 1,
      segment: r.legs[0]!.segment,
      from: 'almaty',
      mode: r.legs[0]!.mode,
    });
  });
});
