// Names a planner types, on the real data: Samarkand is not Samara, one city in four spellings, and a misspelt
// name answered with the closest places first, each with its country.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeoDataset } from '../../src/data/load-node';
import type { Dataset } from '../../src/data/schema';
import { buildNetwork, resolvePlace, type Network } from '../../src/routing';

let data: Dataset;
let net: Network;
beforeAll(() => {
  const loaded = loadGeoDataset('geo');
  if (!loaded.ok) throw new Error(loaded.message);
  data = loaded.data;
  net = buildNetwork(data);
});

const id = (text: string, on: Network = net) => {
  const r = resolvePlace(on, text);
  return r.ok ? r.id : r.code;
};

describe('names a planner types', () => {
  it('tells Samarkand from Samara in every script', () => {
    for (const text of ['Samarkand', 'Samarqand', 'Самарканд', '撒马尔罕']) expect(id(text), text).toBe('samarkand');
    for (const text of ['Samara', 'Самара']) expect(id(text), text).toBe('samara');
  });

  it('resolves Xi’an written in Chinese, Russian and Latin letters', () => {
    for (const text of ['西安', 'Сиань', 'Xian', 'Xi’an', "Xi'an", 'XI AN']) expect(id(text), text).toBe('xian');
  });

  it('never takes a shorter name that the typed one merely begins with: without Samarkand, Samarkand is unknown', () => {
    const withoutSamarkand = buildNetwork({
      ...data,
      nodes: data.nodes.filter((n) => n.properties.id !== 'samarkand'),
      segments: data.segments.filter((s) => s.properties.from !== 'samarkand' && s.properties.to !== 'samarkand'),
    });
    expect(id('Samarkand', withoutSamarkand)).toBe('unknown_place');
  });

  it('offers the closest places first for a misspelling, each with its country', () => {
    const r = resolvePlace(net, 'Samarcand');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.candidates[0]).toEqual({ id: 'samarkand', name: 'Samarkand', countries: ['UZB'] });
    expect(r.candidates.map((c) => c.id)).toContain('samara');
    expect(r.candidates.findIndex((c) => c.id === 'samara')).toBeGreaterThan(0);
    expect(r.reason).toMatch(/did you mean Samarkand, UZB \(samarkand\); Samara, RUS \(samara\)/);
  });
});
