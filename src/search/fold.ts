// Text folding for search: the same place written with or without diacritics, in any case, with any
// punctuation, folds to the same string. Scripts are kept: Cyrillic stays Cyrillic, Chinese stays Chinese.

/**
 * Letters that Unicode does not decompose into a base letter plus a mark, but that readers type as a base
 * letter: Turkish/Azerbaijani dotless i and schwa, the Kazakh, Kyrgyz, Mongolian and Ukrainian Cyrillic letters.
 */
const LETTERS: Record<string, string> = {
  ı: 'i',
  ə: 'a',
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  æ: 'ae',
  œ: 'oe',
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  є: 'е',
  ґ: 'г',
};

// Apostrophes and modifier letters sit inside words (Xi'an, Oʻzbekiston): they vanish rather than split.
const JOINERS = /['’‘ʻʼ`´ʹ]/g;
const MARKS = /\p{M}/gu;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/** Lower case, no marks, ё→е, special letters to their base, punctuation to single spaces, trimmed. */
export function fold(text: string): string {
  const lowered = text.normalize('NFKC').toLowerCase();
  let out = '';
  for (const ch of lowered) out += LETTERS[ch] ?? ch;
  return out.normalize('NFKD').replace(MARKS, '').replace(JOINERS, '').replace(SEPARATORS, ' ').trim();
}
