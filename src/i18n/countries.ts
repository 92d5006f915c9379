// Country names in the reader's language from the browser's CLDR data (Intl.DisplayNames), which is keyed by
// ISO 3166-1 alpha-2; the data uses alpha-3, so the countries of the atlas region are mapped here.
import type { Lang } from '../data/schema';

const ALPHA2: Record<string, string> = {
  AFG: 'AF',
  ARE: 'AE',
  ARM: 'AM',
  AUT: 'AT',
  AZE: 'AZ',
  BEL: 'BE',
  BGR: 'BG',
  BLR: 'BY',
  CHE: 'CH',
  CHN: 'CN',
  CZE: 'CZ',
  DEU: 'DE',
  EGY: 'EG',
  ESP: 'ES',
  FIN: 'FI',
  FRA: 'FR',
  GEO: 'GE',
  GRC: 'GR',
  HUN: 'HU',
  IND: 'IN',
  IRN: 'IR',
  IRQ: 'IQ',
  ITA: 'IT',
  JPN: 'JP',
  KAZ: 'KZ',
  KGZ: 'KG',
  KOR: 'KR',
  LAO: 'LA',
  LTU: 'LT',
  LVA: 'LV',
  MDA: 'MD',
  MKD: 'MK',
  MMR: 'MM',
  MNG: 'MN',
  NLD: 'NL',
  NPL: 'NP',
  OMN: 'OM',
  PAK: 'PK',
  POL: 'PL',
  PRK: 'KP',
  ROU: 'RO',
  RUS: 'RU',
  SGP: 'SG',
  SRB: 'RS',
  SVK: 'SK',
  THA: 'TH',
  TJK: 'TJ',
  TKM: 'TM',
  TUR: 'TR',
  UKR: 'UA',
  UZB: 'UZ',
  VNM: 'VN',
  XKX: 'XK', // Kosovo: CLDR's user-assigned code, as the data's XKX
  ZAF: 'ZA',
};

const names = new Map<Lang, Intl.DisplayNames>();

/** The name of a country, or its code where the browser has no name for it. */
export function countryName(iso3: string, lang: Lang): string {
  const alpha2 = ALPHA2[iso3];
  if (!alpha2) return iso3;
  let display = names.get(lang);
  if (!display) {
    display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
    names.set(lang, display);
  }
  return display.of(alpha2) ?? iso3;
}
