// The measure tool: as the crow flies between two clicks, and along the network between the places nearest them.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeoDataset } from '../../src/data/load-node';
import { crowKm, nearestPlace, networkMeasure } from '../../src/planner/measure';
import { buildNetwork, type Network } from '../../src/routing';

let net: Network;
const at = (id: string) => net.nodes[net.nodeIndex.get(id)!]!.coord as [number, number];
beforeAll(() => {
  const loaded = loadGeoDataset('geo');
  if (!loaded.ok) throw new Error(loaded.message);
  net = buildNetwork(loaded.data);
});

describe('measuring', () => {
  it('gives a degree of latitude as about 111 km as the crow flies', () => {
    expect(crowKm([80, 44], [80, 45])).toBeGreaterThan(110.5);
    expect(crowKm([80, 44], [80, 45])).toBeLessThan(111.6);
  });

  it('measures Almaty to Tashkent along the railway, longer than the straight line', () => {
    const a = at('almaty');
    const b = at('tashkent');
    const m = networkMeasure(net, [a[0] + 0.05, a[1] + 0.05], [b[0] - 0.05, b[1]])!;
    expect([m.from, m.to]).toEqual(['almaty', 'tashkent']);
    expect(m.km).toBeGreaterThan(crowKm(a, b));
    expect(m.km).toBeLessThan(2 * crowKm(a, b));
    expect(m.km).toBe(m.route.legs.reduce((s, l) => s + l.km, 0));
  });

  it('measures only as the crow flies from the middle of an ocean', () => {
    expect(nearestPlace(net, [-150, -40])).toBeNull();
    expect(networkMeasure(net, [-150, -40], at('almaty'))).toBeNull();
  });
});
