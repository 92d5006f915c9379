import { LANGS, type Lang } from '../data/vocab';
import type { MessageKey, Messages } from './en';
import { formatCount, pickPlural } from './plural';

export { LANGS, type Lang, type MessageKey };
export { formatCount, LOCALES } from './plural';

// Each language's strings are a chunk of their own: a reader downloads only the language they read, before the
// first render (main.tsx) and before a switch of language takes effect (store/ui-slice.ts).
const LOADERS: Record<Lang, () => Promise<Messages>> = {
  zh: () => import('./zh').then((m) => m.zh),
  en: () => import('./en').then((m) => m.en),
  ru: () => import('./ru').then((m) => m.ru),
};
const catalogues: Partial<Record<Lang, Messages>> = {};
const loading = new Map<Lang, Promise<void>>();

/** Whether the strings of `lang` have arrived, so `t` can be asked for them. */
export const hasCatalogue = (lang: Lang): boolean => catalogues[lang] !== undefined;

/** Fetches the strings of `lang` once; a failed fetch may be tried again. */
export function loadCatalogue(lang: Lang): Promise<void> {
  if (catalogues[lang]) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    pending = LOADERS[lang]().then(
      (messages) => {
        catalogues[lang] = messages;
      },
      (err: unknown) => {
        loading.delete(lang);
        throw err;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

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
  const catalogue = catalogues[lang];
  // The app renders only once the reader's language has arrived, so this is a slip in the code, not in the network.
  if (!catalogue) throw new Error(`The ${lang} strings were asked for before they were loaded`);
  const message = catalogue[key];
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
