// Finds the place a person means from what they typed: an id, or a name or alias in Chinese, English or Russian,
// ignoring case, diacritics, apostrophes and hyphens. A clear best match wins; a tie is reported with candidates.
import type { Dataset, Names } from '../data/schema';
import type { Network, PlaceRef } from './types';

interface Place {
  id: string;
  names: Names;
  aliases: string[];
  kind: string;
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

function scoreText(query: string, text: string, exact: number): number {
  const t = normalizeName(text);
  const q = compact(query);
  const tc = compact(t);
  if (!q || !tc) return 0;
  if (tc === q) return exact;
  const words = t.split(' ');
  if (query.split(' ').every((w) => words.some((x) => x.startsWith(w)))) return 80;
  const cjk = /\p{Script=Han}/u.test(q);
  if (q.length >= (cjk ? 2 : 3) && tc.startsWith(q)) return 70;
  if (q.length >= (cjk ? 2 : 4) && tc.includes(q)) return 50;
  return 0;
}

function scorePlace(query: string, p: Place): number {
  return Math.max(
    scoreText(query, p.id, 100),
    ...[p.names.zh, p.names.en, p.names.ru].map((n) => scoreText(query, n, 95)),
    ...p.aliases.map((a) => scoreText(query, a, 90)),
  );
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

const ref = (p: Place): PlaceRef => ({ id: p.id, name: p.names.en });

function placesOf(source: Network | Pick<Dataset, 'nodes'>): Place[] {
  if ('nodeIndex' in source) return source.nodes;
  return source.nodes.map((f) => f.properties);
}

function suggestions(query: string, places: Place[]): Place[] {
  const q = compact(query);
  const limit = Math.max(2, Math.floor(q.length / 3));
  return places
    .map((p) => {
      const texts = [p.id, p.names.en, p.names.ru, p.names.zh, ...p.aliases].map((t) => compact(normalizeName(t)));
      return { p, d: Math.min(...texts.map((t) => editDistance(q, t))) };
    })
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || a.p.id.localeCompare(b.p.id))
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
  const places = placesOf(source);
  const query = normalizeName(text);
  const matches = places.map((p) => ({ p, score: scorePlace(query, p) })).filter((x) => x.score > 0);
  const preferred = usable ? matches.filter((x) => usable(x.p.id)) : [];
  const scored = preferred.length ? preferred : matches;
  const top = Math.max(0, ...scored.map((x) => x.score));
  if (!query || top === 0) {
    const near = query ? suggestions(query, places) : [];
    const hint = near.length ? `; did you mean ${near.map((p) => `${p.names.en} (${p.id})`).join(', ')}?` : '';
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
    .map((p) => `${p.names.en} (${p.id})`)
    .join(', ');
  return {
    ok: false,
    code: 'ambiguous_place',
    reason: `"${text.trim()}" matches several places: ${list}; give the id`,
    candidates: winners.map(ref),
  };
}
