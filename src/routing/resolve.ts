// Finds the place a person means from what they typed: an id, or a name or alias in Chinese, English or Russian,
// ignoring case, diacritics, apostrophes and hyphens. A clear best match wins; a tie is reported with candidates.
import type { Dataset, Names } from '../data/schema';
import type { Network, PlaceRef } from './types';

interface Place {
  id: string;
  names: Names;
  aliases: string[];
  kind: string;
  countries: string[];
}

export type Resolution =
  | { ok: true; id: string; names: Names; score: number }
  | { ok: false; code: 'unknown_place' | 'ambiguous_place'; reason: string; candidates: PlaceRef[] };

/** Lower case, no diacritics or apostrophes, other punctuation as spaces; ё reads as е. */
export function normalizeName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['‘’ʼ`´"«»“”]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const compact = (s: string): string => s.replace(/ /g, '');

/** When two places match equally well, a city or port is the likelier meaning than a facility. */
const KIND_RANK = ['city', 'seaport', 'terminal', 'dry_port', 'border_crossing', 'gauge_change', 'junction'];

/** A name prepared once per data set: normalised, without spaces, split into words. */
interface Text {
  compact: string;
  words: string[];
  exact: number;
}

interface Entry {
  place: Place;
  texts: Text[];
}

interface Query {
  text: string;
  compact: string;
  words: string[];
  cjk: boolean;
}

const prepare = (text: string, exact: number): Text => {
  const norm = normalizeName(text);
  return { compact: compact(norm), words: norm.split(' '), exact };
};

function scoreText(q: Query, t: Text): number {
  if (!q.compact || !t.compact) return 0;
  if (t.compact === q.compact) return t.exact;
  if (q.words.every((w) => t.words.some((x) => x.startsWith(w)))) return 80;
  if (q.compact.length >= (q.cjk ? 2 : 3) && t.compact.startsWith(q.compact)) return 70;
  if (q.compact.length >= (q.cjk ? 2 : 4) && t.compact.includes(q.compact)) return 50;
  return 0;
}

function scorePlace(q: Query, e: Entry): number {
  let best = 0;
  for (const t of e.texts) best = Math.max(best, scoreText(q, t));
  return best;
}

const entries = new WeakMap<object, Entry[]>();

/** The places of a network or data set with their names prepared, computed once per node list. */
function entriesOf(source: Network | Pick<Dataset, 'nodes'>): Entry[] {
  const cached = entries.get(source.nodes);
  if (cached) return cached;
  const places: Place[] = 'nodeIndex' in source ? source.nodes : source.nodes.map((f) => f.properties);
  const built = places.map((place) => ({
    place,
    texts: [
      prepare(place.id, 100),
      ...[place.names.zh, place.names.en, place.names.ru].map((n) => prepare(n, 95)),
      ...place.aliases.map((a) => prepare(a, 90)),
    ],
  }));
  entries.set(source.nodes, built);
  return built;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const sub = row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      next.push(Math.min(sub, row[j]! + 1, next[j - 1]! + 1));
    }
    row = next;
  }
  return row[b.length]!;
}

const ref = (p: Place): PlaceRef => ({ id: p.id, name: p.names.en, countries: p.countries });

/** A place as the reason names it: its English name, country and id, so two Samaras can be told apart. */
const described = (p: Place): string => `${p.names.en}, ${p.countries.join('/')} (${p.id})`;

const commonPrefix = (a: string, b: string): number => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/**
 * Places spelt like an unknown name, closest first: fewest edits, then the longest shared beginning (what was
 * typed first is usually right), then cities before facilities. "Samarcand" offers Samarkand before Samara.
 */
function suggestions(q: Query, all: Entry[]): Place[] {
  const limit = Math.max(2, Math.floor(q.compact.length / 3));
  const rank = (p: Place) => KIND_RANK.indexOf(p.kind);
  return all
    .map((e) => {
      let d = Infinity;
      let prefix = 0;
      for (const t of e.texts) {
        const dt = editDistance(q.compact, t.compact);
        const pt = commonPrefix(q.compact, t.compact);
        if (dt < d || (dt === d && pt > prefix)) [d, prefix] = [dt, pt];
      }
      return { p: e.place, d, prefix };
    })
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || b.prefix - a.prefix || rank(a.p) - rank(b.p) || a.p.id.localeCompare(b.p.id))
    .slice(0, 3)
    .map((x) => x.p);
}

/**
 * `usable`, when given, marks the places a caller can use (for the planner: those with legs); if any of them
 * matches, only they compete, so "Shanghai" finds the port when the city itself has no legs in the data.
 */
export function resolvePlace(
  source: Network | Pick<Dataset, 'nodes'>,
  text: string,
  usable?: (id: string) => boolean,
): Resolution {
  if ('nodeIndex' in source) {
    const exact = source.nodeIndex.get(text.trim());
    const node = exact === undefined ? undefined : source.nodes[exact];
    if (node && (!usable || usable(node.id))) return { ok: true, id: node.id, names: node.names, score: 100 };
  }
  const all = entriesOf(source);
  const norm = normalizeName(text);
  const q: Query = { text: norm, compact: compact(norm), words: norm.split(' '), cjk: /\p{Script=Han}/u.test(norm) };
  const matches: { p: Place; score: number }[] = [];
  for (const e of all) {
    const score = scorePlace(q, e);
    if (score > 0) matches.push({ p: e.place, score });
  }
  const preferred = usable ? matches.filter((x) => usable(x.p.id)) : [];
  const scored = preferred.length ? preferred : matches;
  const top = scored.reduce((m, x) => Math.max(m, x.score), 0);
  if (!norm || top === 0) {
    const near = norm ? suggestions(q, all) : [];
    const hint = near.length ? `; did you mean ${near.map(described).join('; ')}?` : '';
    return {
      ok: false,
      code: 'unknown_place',
      reason: `no place called "${text.trim()}"${hint}`,
      candidates: near.map(ref),
    };
  }
  const best = scored.filter((x) => x.score === top).map((x) => x.p);
  const rank = (p: Place) => KIND_RANK.indexOf(p.kind);
  const bestRank = Math.min(...best.map(rank));
  const winners = best.filter((p) => rank(p) === bestRank);
  if (winners.length === 1) {
    const w = winners[0]!;
    return { ok: true, id: w.id, names: w.names, score: top };
  }
  const list = winners
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(described)
    .join('; ');
  return {
    ok: false,
    code: 'ambiguous_place',
    reason: `"${text.trim()}" matches several places: ${list}; give the id`,
    candidates: winners.map(ref),
  };
}
