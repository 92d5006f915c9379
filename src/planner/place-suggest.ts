// Suggestions for a place field while the reader types: the search's own matches first (whole name, start of the
// name or of a word, anywhere inside), then places spelt nearly like the text, so "Duisberg" still offers Duisburg
// and "Tashkend" Tashkent. A near spelling is judged against the start of each name as well as the whole of it,
// because the reader may be halfway through typing; nearer ones come first, then those sharing a longer beginning.
import type { Lang } from '../data/schema';
import { search, type SearchHit, type SearchIndex } from '../search';
import { MATCH, prepare } from '../search/match';

/** Edits allowed for a typed text of this many letters: none under four, one up to five, two from six. */
export function typoBudget(length: number): number {
  return length < 4 ? 0 : length < 6 ? 1 : 2;
}

/**
 * The fewest edits (insert, delete, substitute a letter) that turn `typed` into `name` or into a beginning of it;
 * anything above `budget` is reported as budget + 1.
 */
export function nearEdits(typed: string, name: string, budget: number): number {
  if (name.length < typed.length - budget) return budget + 1;
  let row = Array.from({ length: name.length + 1 }, (_, j) => j);
  for (let i = 1; i <= typed.length; i++) {
    const next = [i];
    let low = i;
    for (let j = 1; j <= name.length; j++) {
      const value = Math.min(row[j - 1]! + (typed[i - 1] === name[j - 1] ? 0 : 1), row[j]! + 1, next[j - 1]! + 1);
      next.push(value);
      low = Math.min(low, value);
    }
    // Every later row is at least this row's least value: stop as soon as no cell can come back under budget.
    if (low > budget) return budget + 1;
    row = next;
  }
  // The whole name or any beginning of it: the last row's least value.
  return Math.min(...row);
}

const sharedStart = (a: string, b: string): number => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/** Places worth suggesting for `text`: direct matches, then near spellings; at most `limit`. */
export function placeSuggestions(
  index: SearchIndex,
  text: string,
  lang: Lang,
  usable?: (id: string) => boolean,
  limit = 8,
): SearchHit[] {
  const fits = (h: { doc: SearchHit['doc'] }) => h.doc.type === 'node' && (!usable || usable(h.doc.id));
  const direct = search(index, text, lang, limit * 3)
    .filter(fits)
    .slice(0, limit);
  const typed = prepare(text);
  const forms = [typed.folded.compact, typed.latin.compact];
  const budget = typoBudget(typed.folded.compact.length);
  if (direct.length >= limit || budget === 0) return direct;
  const seen = new Set(direct.map((h) => h.doc.id));
  const near: (SearchHit & { edits: number; start: number })[] = [];
  for (const { doc, names } of index.entries) {
    if (seen.has(doc.id) || !fits({ doc })) continue;
    let best: { edits: number; start: number; matched: string } | null = null;
    for (const { text: written, prepared } of names)
      for (const [q, name] of [
        [forms[0]!, prepared.folded.compact],
        [forms[1]!, prepared.latin.compact],
      ] as const) {
        const edits = nearEdits(q, name, budget);
        if (edits > budget) continue;
        const start = sharedStart(q, name);
        if (!best || edits < best.edits || (edits === best.edits && start > best.start))
          best = { edits, start, matched: written };
      }
    if (best) near.push({ doc, rank: MATCH.none, matched: best.matched, edits: best.edits, start: best.start });
  }
  const collator = new Intl.Collator(lang);
  near.sort(
    (a, b) =>
      a.edits - b.edits ||
      b.start - a.start ||
      b.doc.importance - a.doc.importance ||
      collator.compare(a.doc.label[lang], b.doc.label[lang]),
  );
  return [...direct, ...near.map(({ doc, rank, matched }) => ({ doc, rank, matched }))].slice(0, limit);
}
