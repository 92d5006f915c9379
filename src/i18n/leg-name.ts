// The name of an unnamed leg from the names of its two ends. The search, the list and the exports name legs in all
// three languages at once, so these patterns stay beside the code rather than in the per-language catalogues,
// which arrive one language at a time.
import type { Lang } from '../data/vocab';

const LEG_NAME: Record<Lang, (from: string, to: string) => string> = {
  zh: (from, to) => `${from}—${to}`,
  en: (from, to) => `${from} – ${to}`,
  ru: (from, to) => `${from} — ${to}`,
};

export const legName = (lang: Lang, from: string, to: string): string => LEG_NAME[lang](from, to);
