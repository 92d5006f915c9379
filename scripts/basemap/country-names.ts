// Country names in Chinese, English and Russian from Unicode CLDR, as shipped in Node's ICU.
// Natural Earth 50m has English names only.

/** Natural Earth 4.0 50m leaves ISO_A2 at -99 for these two; their codes are not in doubt. */
const ISO_A2_FIXES: Record<string, string> = { FRA: 'FR', NOR: 'NO' };

/** CLDR's long forms ("Hong Kong SAR China") are too long for a map; its short forms read better here. */
const SHORT_FORM = new Set(['HK', 'MO', 'PS']);

const displayNames = (lang: string, style: 'long' | 'short') =>
  new Intl.DisplayNames([lang], { type: 'region', style, fallback: 'none' });

const LANGS = ['zh', 'en', 'ru'] as const;
const long = Object.fromEntries(LANGS.map((l) => [l, displayNames(l, 'long')]));
const short = Object.fromEntries(LANGS.map((l) => [l, displayNames(l, 'short')]));

export type CountryNames = { name_zh: string; name_en: string; name_ru: string; names_from: 'cldr' | 'ne' };

export function iso2(adm0A3: string, isoA2: string): string | undefined {
  const code = ISO_A2_FIXES[adm0A3] ?? isoA2;
  return /^[A-Z]{2}$/.test(code) ? code : undefined;
}

/**
 * Names for a country label; where there is no ISO code (Northern Cyprus, Somaliland, Siachen) all three
 * languages fall back to Natural Earth's NAME, and `names_from` says so.
 */
export function countryNames(adm0A3: string, isoA2: string, neName: string): CountryNames {
  const code = iso2(adm0A3, isoA2);
  const of = (lang: (typeof LANGS)[number]): string | undefined => {
    if (!code) return undefined;
    const name = (SHORT_FORM.has(code) ? short[lang] : long[lang])?.of(code);
    // Drop CLDR's parenthesised alternates, e.g. "Myanmar (Burma)".
    return name?.replace(/\s*[(（][^)）]*[)）]$/, '');
  };
  const [zh, en, ru] = [of('zh'), of('en'), of('ru')];
  if (zh && en && ru) return { name_zh: zh, name_en: en, name_ru: ru, names_from: 'cldr' };
  return { name_zh: neName, name_en: neName, name_ru: neName, names_from: 'ne' };
}
