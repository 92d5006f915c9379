import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/data/schema';
import { findTerms } from '../../src/glossary/match';
import { TERMS } from '../../src/glossary/terms';

const nodes = JSON.parse(readFileSync('geo/nodes.geojson', 'utf8')) as {
  features: { properties: { id: string; summary?: Record<string, string> } }[];
};
const stories = readdirSync('geo/stories').map(
  (f) => JSON.parse(readFileSync(`geo/stories/${f}`, 'utf8')) as { scenes: { caption: Record<string, string> }[] },
);

describe('glossary', () => {
  it('has every entry in Chinese, English and Russian, each with a named source', () => {
    for (const term of TERMS) {
      for (const lang of LANGS) {
        expect(term.forms[lang].length, `${term.id} ${lang}`).toBeGreaterThan(0);
        expect(term.text[lang].length, `${term.id} ${lang}`).toBeGreaterThan(20);
      }
      expect(term.source.url).toMatch(/^https:\/\//);
      expect(term.source.publisher && term.source.title && term.source.date).toBeTruthy();
    }
    console.log(`glossary entries: ${LANGS.map((l) => `${l} ${TERMS.filter((t) => t.text[l]).length}`).join(', ')}`);
  });

  it('marks whole words in every language, the longer form first, each term once', () => {
    expect(findTerms('A block train reaches the dry port, then another dry port.', 'en').map((s) => s.term)).toEqual([
      'block-train',
      'dry-port',
    ]);
    expect(findTerms('SCOTLAND is not the SCO', 'en')).toEqual([{ start: 20, end: 23, term: 'sco' }]);
    expect(findTerms('中欧班列经霍尔果斯口岸换轨', 'zh').map((s) => s.term)).toEqual([
      'cr-express',
      'border-crossing',
      'break-of-gauge',
    ]);
    expect(findTerms('Смена колеи на 1520 мм', 'ru').map((s) => s.term)).toEqual(['break-of-gauge', 'gauge-1520']);
  });

  it('finds terms in the places’ summaries and the story captions of every language', () => {
    for (const lang of LANGS) {
      const texts = [
        ...nodes.features.map((f) => f.properties.summary?.[lang] ?? ''),
        ...stories.flatMap((s) => s.scenes.map((c) => c.caption[lang] ?? '')),
      ];
      const used = new Set(texts.flatMap((t) => findTerms(t, lang).map((s) => s.term)));
      console.log(`${lang}: ${used.size} terms marked in summaries and captions`);
      expect(used.size).toBeGreaterThanOrEqual(6);
    }
  });
});
