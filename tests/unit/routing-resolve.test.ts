import { describe, expect, it } from 'vitest';
import { buildNetwork, normalizeName, planRoutes, resolvePlace } from '../../src/routing';
import { fixtureDataset } from './routing-fixture';

const net = buildNetwork(fixtureDataset());
const id = (text: string) => {
  const r = resolvePlace(net, text);
  return r.ok ? r.id : r.code;
};

describe('finding a place by what a person types', () => {
  it('takes node ids as they are', () => {
    expect(id('alashankou-dostyk')).toBe('alashankou-dostyk');
  });

  it('finds Chinese, Russian and English names', () => {
    expect(id('霍尔果斯')).toBe('khorgos');
    expect(id('Хоргос')).toBe('khorgos');
    expect(id('Ташкент')).toBe('tashkent');
    expect(id('乌鲁木齐')).toBe('urumqi');
    expect(id('Tashkent')).toBe('tashkent');
  });

  it('finds aliases and ignores case, diacritics, apostrophes and hyphens', () => {
    expect(id('HORGOS')).toBe('khorgos');
    expect(id('Qorgas')).toBe('khorgos');
    expect(id('Urumqi')).toBe('urumqi');
    expect(id('xian')).toBe('xian');
    expect(id('Xi’an')).toBe('xian');
    expect(id('xi an')).toBe('xian');
    expect(id('Kashi')).toBe('kashgar');
    expect(id('bely rast')).toBe('bely-rast');
    expect(id('Белый раст')).toBe('bely-rast');
  });

  it('matches a word inside a longer name when it is the only match', () => {
    expect(id('Arkhangelsk')).toBe('port-arkhangelsk');
    expect(id('Mumbai')).toBe('port-jnpt');
    expect(id('Nhava Sheva')).toBe('port-jnpt');
  });

  it('prefers an exact name over a partial one', () => {
    // "Khorgos" is the crossing's id and name; "Altynkol" is one of its aliases only.
    expect(id('Altynkol')).toBe('khorgos');
  });

  it('prefers a place the caller can use: the port with legs over the city without', () => {
    expect(id('Shanghai')).toBe('shanghai');
    const withLegs = resolvePlace(net, 'Shanghai', (p) => net.nodes[net.nodeIndex.get(p)!]!.carriers !== 0);
    expect(withLegs.ok && withLegs.id).toBe('port-shanghai');
    const plan = planRoutes(net, { from: 'Bely Rast', to: '上海', alternatives: 0 });
    expect(plan.ok && plan.query.to).toBe('port-shanghai');
  });

  it('reports an ambiguous name with its candidates instead of guessing', () => {
    const r = resolvePlace(net, 'Astara');
    expect(r).toMatchObject({ ok: false, code: 'ambiguous_place' });
    expect(!r.ok && r.candidates.map((c) => c.id)).toEqual(['astara-aze', 'astara-irn']);
  });

  it('suggests close spellings for an unknown name', () => {
    const r = resolvePlace(net, 'Almatty');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.candidates.map((c) => c.id)).toEqual(['almaty']);
    expect(resolvePlace(net, 'Timbuktu')).toMatchObject({ ok: false, code: 'unknown_place', candidates: [] });
  });

  it('resolves from the parsed dataset as well as from a built network', () => {
    const r = resolvePlace(fixtureDataset(), 'Сиань');
    expect(r.ok && r.id).toBe('xian');
  });

  it('normalises names for comparison', () => {
    expect(normalizeName('  Xi’an–Ürümqi  ')).toBe('xian urumqi');
    expect(normalizeName('Ёлкино')).toBe('елкино');
  });
});
