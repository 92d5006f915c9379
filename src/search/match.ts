// How well a query matches one name. Both are compared twice: as folded text (script kept) and as a
// phonetic Latin key (Cyrillic transliterated, spelling variants merged); the better of the two counts.
import { fold } from './fold';
import { latinKey } from './translit';

/** Higher is better: the whole name, its start, the start of one of its words, anywhere inside. */
export const MATCH = { none: 0, substring: 1, wordPrefix: 2, prefix: 3, exact: 4 } as const;
export type MatchRank = (typeof MATCH)[keyof typeof MATCH];

/** One written form prepared for matching: spaces removed, and where each word begins. */
interface Form {
  compact: string;
  wordStarts: number[];
}

export interface PreparedText {
  folded: Form;
  latin: Form;
}

function form(spaced: string): Form {
  const words = spaced.split(' ').filter(Boolean);
  const wordStarts: number[] = [];
  let at = 0;
  for (const w of words) {
    wordStarts.push(at);
    at += w.length;
  }
  return { compact: words.join(''), wordStarts };
}

export function prepare(text: string): PreparedText {
  const folded = fold(text);
  return { folded: form(folded), latin: form(latinKey(folded)) };
}

function rankForm(query: string, name: Form): MatchRank {
  if (!query || !name.compact) return MATCH.none;
  if (name.compact === query) return MATCH.exact;
  if (name.compact.startsWith(query)) return MATCH.prefix;
  if (name.wordStarts.some((i) => name.compact.startsWith(query, i))) return MATCH.wordPrefix;
  if (name.compact.includes(query)) return MATCH.substring;
  return MATCH.none;
}

export interface Match {
  rank: MatchRank;
  /** Matched as written (same script), not only through transliteration. */
  direct: boolean;
}

export function rankMatch(query: PreparedText, name: PreparedText): Match {
  const a = rankForm(query.folded.compact, name.folded);
  const b = rankForm(query.latin.compact, name.latin);
  return a >= b ? { rank: a, direct: a !== MATCH.none } : { rank: b, direct: false };
}
