import { LANGS, type Lang } from '../data/vocab';
import { en, type MessageKey, type Messages } from './en';
import { formatCount, pickPlural } from './plural';
import { ru } from './ru';
import { zh } from './zh';

export { LANGS, type Lang, type MessageKey };
export { formatCount, LOCALES } from './plural';

const catalogues: Record<Lang, Messages> = { zh, en, ru };

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
  const message = catalogues[lang][key];
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
