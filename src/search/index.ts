// The search index: prepared once per dataset, queried on every keystroke.
import type { Dataset, Lang } from '../data/schema';
import { searchDocs, type SearchDoc } from './docs';
import { MATCH, prepare, rankMatch, type MatchRank, type PreparedText } from './match';

export type { RecordType, SearchDoc } from './docs';

export interface SearchHit {
  doc: SearchDoc;
  rank: MatchRank;
  /** The written form that matched best; shown when it is not the name in the reader's language. */
  matched: string;
}

export interface SearchIndex {
  entries: { doc: SearchDoc; names: { text: string; prepared: PreparedText }[] }[];
}

export function buildSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  return {
    entries: docs.map((doc) => ({
      doc,
      names: [...new Set(doc.names)].map((text) => ({ text, prepared: prepare(text) })),
    })),
  };
}

/** Whether tuple a sorts after tuple b (lexicographic). */
function isAfter(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}

export function indexDataset(data: Dataset): SearchIndex {
  return buildSearchIndex(searchDocs(data));
}

/**
 * Hits for a query, best first: exact > prefix > word prefix > substring, then a name matched as written before one
 * matched only through transliteration, then the more important record, then the shorter matching name, then the
 * name in the reader's language alphabetically.
 */
export function search(index: SearchIndex, query: string, lang: Lang, limit = 8): SearchHit[] {
  const q = prepare(query);
  if (!q.folded.compact) return [];
  const hits: (SearchHit & { direct: boolean })[] = [];
  for (const { doc, names } of index.entries) {
    let best: (SearchHit & { direct: boolean }) | null = null;
    const own = doc.label[lang];
    for (const { text, prepared } of names) {
      const { rank, direct } = rankMatch(q, prepared);
      if (rank === MATCH.none) continue;
      // Among equally good matches, show the spelling the reader typed (same script), then the name in their
      // language, then the shorter one.
      const key = (m: { rank: number; direct: boolean; matched: string }) => [
        m.rank,
        m.direct ? 1 : 0,
        m.matched === own ? 1 : 0,
        -m.matched.length,
      ];
      const candidate = { doc, rank, direct, matched: text };
      if (!best || isAfter(key(candidate), key(best))) best = candidate;
    }
    if (best) hits.push(best);
  }
  const collator = new Intl.Collator(lang);
  hits.sort(
    (a, b) =>
      b.rank - a.rank ||
      // A name matched as it is written beats one matched only through transliteration ("Shaanxi" typed is Xi'an's
      // province, though it folds to the same Latin letters as Taiyuan's "Shanxi").
      Number(b.direct) - Number(a.direct) ||
      b.doc.importance - a.doc.importance ||
      a.matched.length - b.matched.length ||
      collator.compare(a.doc.label[lang], b.doc.label[lang]),
  );
  return hits.slice(0, limit).map(({ doc, rank, matched }) => ({ doc, rank, matched }));
}
