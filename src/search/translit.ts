// Cyrillic to Latin, close to BGN/PCGN, then a phonetic key that merges the spellings readers use for the
// same sound (kh/h, zh/j, ts/c, y/i, q/k, doubled letters), so "Хоргос", "Khorgos" and "Horgos" meet.
// Pinyin cannot be derived from Chinese characters; the data's aliases carry it.

/** For folded text: Kazakh and Ukrainian letters are already mapped to Russian ones by fold(). */
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Cyrillic letters of folded text written in Latin; other characters unchanged. */
export function cyrillicToLatin(folded: string): string {
  let out = '';
  for (const ch of folded) out += CYRILLIC[ch] ?? ch;
  return out;
}

// Order matters: longer spellings first, so "dzh" becomes "j" before "zh" is looked at.
const VARIANTS: [RegExp, string][] = [
  [/dzh|dj|zh/g, 'j'],
  [/kh/g, 'h'],
  [/ts|tz/g, 'c'],
  [/q/g, 'k'],
  [/\bye/g, 'e'],
  [/y/g, 'i'],
  [/(\p{L})\1+/gu, '$1'],
];

/** The phonetic key of folded text: transliterated, spelling variants merged. */
export function latinKey(folded: string): string {
  let key = cyrillicToLatin(folded);
  for (const [pattern, replacement] of VARIANTS) key = key.replace(pattern, replacement);
  return key;
}
