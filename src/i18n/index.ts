import { LANGS, type Lang } from '../data/schema';
import { en, type MessageKey, type Messages } from './en';
import { ru } from './ru';
import { zh } from './zh';

export { LANGS, type Lang, type MessageKey };

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

/** A UI string in `lang`, with {name} placeholders filled. */
export function t(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const text = catalogues[lang][key];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** Name of a language in its own script, for the switcher. */
export const LANG_LABELS: Record<Lang, string> = { zh: '中文', en: 'English', ru: 'Русский' };
