// Counted words. Each language has its own plural categories (CLDR): English says "1 leg, 2 legs", Russian
// "1 участок, 3 участка, 5 участков", Chinese has one form. Intl.PluralRules picks the category from the number.
import type { Lang } from '../data/schema';

/** One text per plural category a language uses; `other` is always there. */
export interface PluralForms {
  readonly one?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/** A UI message: plain text, or texts by plural category chosen by its `{count}`. */
export type Message = string | PluralForms;

/** The BCP 47 locale each UI language formats with (simplified Chinese script). */
export const LOCALES: Record<Lang, string> = { zh: 'zh-Hans', en: 'en', ru: 'ru' };

const pluralRules = new Map<Lang, Intl.PluralRules>();
const integerFormats = new Map<Lang, Intl.NumberFormat>();

export function pluralCategory(n: number, lang: Lang): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(LOCALES[lang])));
  return rules.select(n);
}

/** The form of `forms` that goes with the number `n` in `lang`. */
export function pickPlural(forms: PluralForms, n: number, lang: Lang): string {
  const category = pluralCategory(n, lang);
  return (category === 'one' || category === 'few' || category === 'many' ? forms[category] : undefined) ?? forms.other;
}

/** A count as the language writes it: "3,891", "3 891", "3,891". */
export function formatCount(n: number, lang: Lang): string {
  let format = integerFormats.get(lang);
  if (!format) integerFormats.set(lang, (format = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0 })));
  return format.format(n);
}
