// Where glossary terms occur in a text: pure, so captions, details and tests mark the same spans.
import type { Lang } from '../data/schema';
import { TERMS } from './terms';

export interface TermSpan {
  start: number;
  end: number;
  term: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patterns = new Map<Lang, RegExp>();
const formTerm = new Map<string, string>();

/** One pattern per language: every form, longest first, whole words for scripts with spaces. */
function patternFor(lang: Lang): RegExp {
  let re = patterns.get(lang);
  if (re) return re;
  const forms = TERMS.flatMap((t) => t.forms[lang].map((f) => [f, t.id] as const)).sort(
    (a, b) => b[0].length - a[0].length,
  );
  for (const [f, id] of forms) formTerm.set(`${lang}:${f.toLocaleLowerCase(lang)}`, id);
  // Chinese has no spaces between words; elsewhere a form must not sit inside a longer word.
  const body = forms.map(([f]) => escape(f)).join('|');
  re =
    lang === 'zh'
      ? new RegExp(`(${body})`, 'giu')
      : new RegExp(`(?<![\\p{L}\\p{N}])(${body})(?![\\p{L}\\p{N}])`, 'giu');
  patterns.set(lang, re);
  return re;
}

/** The first occurrence of each term in the text, in reading order (a term is explained once per text). */
export function findTerms(text: string, lang: Lang): TermSpan[] {
  const re = patternFor(lang);
  const seen = new Set<string>();
  const spans: TermSpan[] = [];
  for (const m of text.matchAll(re)) {
    const term = formTerm.get(`${lang}:${m[0].toLocaleLowerCase(lang)}`);
    if (!term || seen.has(term) || m.index === undefined) continue;
    seen.add(term);
    spans.push({ start: m.index, end: m.index + m[0].length, term });
  }
  return spans;
}
