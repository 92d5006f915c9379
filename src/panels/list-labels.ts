// Words for a search hit's kind and a list row's year in the reader's language.
import type { RecordType } from '../data/indexes';
import { t, type Lang } from '../i18n';
import { recordKindLabel } from '../i18n/labels';

export const kindLabel = (type: RecordType, kind: string, lang: Lang): string => recordKindLabel(type, kind, lang);

/** The year a record opened, or its planned year marked as such. */
export function yearLabel(r: { opened?: number; year?: number }, lang: Lang): string {
  if (r.year === undefined) return '';
  return r.opened === r.year ? String(r.year) : t(lang, 'listPlannedYear', { year: r.year });
}
