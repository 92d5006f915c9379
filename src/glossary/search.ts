// The glossary in the header search: every form of every term in the three languages is a name to match.
import { buildSearchIndex, search, type SearchHit, type SearchIndex } from '../search';
import type { Lang } from '../data/schema';
import { TERMS } from './terms';

let index: SearchIndex | null = null;

function glossaryIndex(): SearchIndex {
  index ??= buildSearchIndex(
    TERMS.map((t) => ({
      id: t.id,
      type: 'term' as const,
      kind: 'term',
      label: { zh: t.forms.zh[0]!, en: t.forms.en[0]!, ru: t.forms.ru[0]! },
      names: [...t.forms.en, ...t.forms.zh, ...t.forms.ru],
      importance: 5,
    })),
  );
  return index;
}

/** Glossary hits for a query: at most two, so places stay the main answer. */
export function searchTerms(query: string, lang: Lang): SearchHit[] {
  return query.trim().length < 2 ? [] : search(glossaryIndex(), query, lang, 2);
}
