import { describe, expect, it } from 'vitest';
import { buildNetwork, planRoutes } from '../../src/routing';
import { syntheticDataset } from '../../src/routing/synthetic';

describe('generated benchmark network', () => {
  it('has exactly the asked number of legs and is the same for the same seed', () => {
    const a = syntheticDataset({ edges: 1000, seed: 3 });
    expect(a.segments).toHaveLength(1000);
    expect(JSON.stringify(syntheticDataset({ edges: 1000, seed: 3 }))).toBe(JSON.stringify(a));
    expect(JSON.stringify(syntheticDataset({ edges: 1000, seed: 4 }))).not.toBe(JSON.stringify(a));
  });

  it('is routable across its country bands, changing gauge at the band crossings', () => {
    const net = buildNetwork(syntheticDataset({ edges: 1000, seed: 3, bandWidth: 5 }));
    const plan = planRoutes(net, { from: 'n0-0', to: 'n12-3', modes: ['rail'], alternatives: 0 });
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.routes[0]!.crossings).toHaveLength(2);
    expect(plan.routes[0]!.gaugeBreaks).toBe(2);
  });
});
