// Small things a reader sees in the real data: partners in the UI language, a pipeline apart from the railways at
// its crossing, one name per search hit.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex, corridorsOf } from '../../src/data/indexes';
import { loadGeoDataset } from '../../src/data/load-node';
import { partnerName, PARTNER_NAMES } from '../../src/i18n/partners';

const projects = JSON.parse(readFileSync('geo/projects.geojson', 'utf8')) as {
  features: { properties: { id: string; partners?: string[] } }[];
};
const partners = [...new Set(projects.features.flatMap((f) => f.properties.partners ?? []))];

describe('project partners in the UI language', () => {
  it('has a Chinese and a Russian name for every partner in the data', () => {
    expect(partners.length).toBeGreaterThan(10);
    expect(partners.filter((p) => !PARTNER_NAMES[p])).toEqual([]);
  });

  it('writes a partner in the reader’s language and keeps the data’s name in English', () => {
    expect(partnerName('Kazakhstan Temir Zholy', 'zh')).toBe('哈萨克斯坦国家铁路公司');
    expect(partnerName('Gazprom', 'ru')).toBe('Газпром');
    expect(partnerName('Gazprom', 'en')).toBe('Gazprom');
    expect(partners.every((p) => /[\u4e00-\u9fff]/.test(partnerName(p, 'zh')) || /^[A-Z]/.test(p))).toBe(true);
  });
});

describe('what a record belongs to', () => {
  const loaded = loadGeoDataset();
  if (!loaded.ok) throw new Error(loaded.message);
  const index = buildIndex(loaded.data);

  it('does not list a gas pipeline under the rail corridors that cross where it does', () => {
    expect(corridorsOf(index, 'khorgos').length).toBeGreaterThan(0);
    expect(corridorsOf(index, 'central-asia-china-gas-pipeline')).toEqual([]);
    expect(corridorsOf(index, 'power-of-siberia')).toEqual([]);
  });

  it('names the CKU railway project apart from the corridor it builds, in every language', () => {
    const project = index.byId.get('cku-railway-project')!;
    const corridor = index.byId.get('cku-railway')!;
    for (const lang of ['zh', 'en', 'ru'] as const)
      expect(project.props.names?.[lang]).not.toBe(corridor.props.names?.[lang]);
  });
});
