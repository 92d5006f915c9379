import { LANGS, type Lang } from '../data/vocab';
import type { CoreMessages, MessageKey, Messages, ToolMessages } from './en';
import { formatCount, pickPlural } from './plural';

export { LANGS, type Lang, type MessageKey };
export { formatCount, LOCALES } from './plural';

// Each language's strings are two chunks of their own: those of the first view, which a reader downloads before the
// first render (main.tsx) and before a switch of language takes effect (store/ui-slice.ts), and those of the tools
// (planner, stories, editor), which come with the tools' code (app/lazy-parts.tsx) and, once a tool has been
// opened, with every later switch of language too.
const CORE: Record<Lang, () => Promise<CoreMessages>> = {
  zh: () => import('./zh').then((m) => m.zh),
  en: () => import('./en').then((m) => m.en),
  ru: () => import('./ru').then((m) => m.ru),
};
const TOOLS: Record<Lang, () => Promise<ToolMessages>> = {
  zh: () => import('./tools.zh').then((m) => m.toolsZh),
  en: () => import('./tools.en').then((m) => m.toolsEn),
  ru: () => import('./tools.ru').then((m) => m.toolsRu),
};
type Part = 'core' | 'tools';
const catalogues: Partial<Record<Lang, Partial<Messages>>> = {};
const arrived = new Set<`${Lang}:${Part}`>();
const loading = new Map<`${Lang}:${Part}`, Promise<void>>();
/** Set once a tool has been opened: from then on a language's tool strings come with its first-view strings. */
let toolsWanted = false;

/** Whether the strings of `lang` have arrived (the tools' too, once a tool is open), so `t` can be asked for them. */
export const hasCatalogue = (lang: Lang): boolean =>
  arrived.has(`${lang}:core`) && (!toolsWanted || arrived.has(`${lang}:tools`));

function loadPart(lang: Lang, part: Part): Promise<void> {
  const key = `${lang}:${part}` as const;
  if (arrived.has(key)) return Promise.resolve();
  let pending = loading.get(key);
  if (!pending) {
    const load: () => Promise<Partial<Messages>> = part === 'core' ? CORE[lang] : TOOLS[lang];
    pending = load().then(
      (messages) => {
        catalogues[lang] = { ...catalogues[lang], ...messages };
        arrived.add(key);
      },
      (err: unknown) => {
        loading.delete(key);
        throw err;
      },
    );
    loading.set(key, pending);
  }
  return pending;
}

/** Fetches the strings of `lang` once (the tools' too, once a tool is open); a failed fetch may be tried again. */
export async function loadCatalogue(lang: Lang): Promise<void> {
  await Promise.all([loadPart(lang, 'core'), ...(toolsWanted ? [loadPart(lang, 'tools')] : [])]);
}

/** Fetches the tools' strings in `lang`, and in every language asked for from now on. */
export function loadToolStrings(lang: Lang): Promise<void> {
  toolsWanted = true;
  return loadCatalogue(lang);
}

/** A tool's code, once its strings in `lang` have come too: what it renders finds both there. */
export const withToolStrings = <M>(code: Promise<M>, lang: Lang): Promise<M> =>
  Promise.all([code, loadToolStrings(lang)]).then(([m]) => m);

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The first of the browser's preferred languages we speak; English otherwise. */
export function detectLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}

/**
 * A UI string in `lang`, with {name} placeholders filled. A numeric `count` chooses the plural form of a counted
 * message and is written with the language's digit grouping; other values are inserted as given (years stay "2025").
 */
export function t(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const message = catalogues[lang]?.[key];
  // The app renders only once the reader's language has arrived, and a tool once its strings have: this is a slip
  // in the code, not in the network.
  if (message === undefined) throw new Error(`The ${lang} string ${key} was asked for before it was loaded`);
  const count = vars?.count;
  const text = typeof message === 'string' ? message : pickPlural(message, typeof count === 'number' ? count : 0, lang);
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => {
    if (!(name in vars)) return m;
    const value = vars[name];
    return name === 'count' && typeof value === 'number' ? formatCount(value, lang) : String(value);
  });
}

/** Name of a language in its own script, for the switcher. */
export const LANG_LABELS: Record<Lang, string> = { zh: '中文', en: 'English', ru: 'Русский' };
