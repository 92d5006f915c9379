// Freight rates per container where a published index covers the route: the ERAI index for the broad-gauge transit
// between China and the EU, and Drewry's World Container Index for sea from Shanghai to Rotterdam. Anything else
// has no published rate, and the route says so rather than guessing.
import type { Hours, Leg } from './types';

export interface RateParam {
  id: string;
  /** US dollars per 40-foot container (FEU). */
  usdPerFeu: Hours;
  /** What the rate pays for: the part of the route it covers. */
  covers: string;
  date: string;
  sources: string[];
  basis: string;
}

export const RATES = {
  erai: {
    id: 'erai',
    usdPerFeu: { min: 2915, typical: 3289, max: 3295 },
    covers: 'broad-gauge transit across Kazakhstan, Russia and Belarus (China–EU border to border)',
    date: '2024-07-15',
    sources: ['erai-2024-07'],
    basis:
      'ERAI, the Eurasian Rail Alliance Index: 3,289 USD per FEU on 15 Jul 2024; 2,915–3,295 over the year ' +
      'before. The Chinese and European legs are not in it and have no published rate.',
  },
  wciShanghaiRotterdam: {
    id: 'wci-shanghai-rotterdam',
    usdPerFeu: { min: 2512, typical: 2840, max: 4231 },
    covers: 'sea freight from a Chinese port to a North Sea port',
    date: '2026-01-08',
    sources: ['drewry-wci-2026-01', 'drewry-wci-2025-03', 'drewry-wci-2025-01'],
    basis:
      'Drewry World Container Index, Shanghai–Rotterdam spot rate: 2,840 USD per FEU in the second week of 2026; ' +
      '2,512 in March 2025 and 4,231 in January 2025.',
  },
} satisfies Record<string, RateParam>;

const NORTH_SEA = ['NLD', 'DEU', 'BEL'];

/** The published rates that cover parts of a route, from its legs and the crossings it passes. */
export function routeRates(legs: Leg[], crossings: string[]): RateParam[] {
  const rates: RateParam[] = [];
  const broadGauge = legs.some((l) => l.mode === 'rail' && l.gauge === 1520 && l.countries.includes('RUS'));
  const fromChina = legs.some((l) => l.mode === 'rail' && l.countries.includes('CHN'));
  const intoEu = crossings.includes('brest-terespol') || legs.some((l) => l.countries.includes('POL'));
  if (broadGauge && fromChina && intoEu) rates.push(RATES.erai);
  const sea = legs.filter((l) => l.mode === 'sea');
  if (sea.length && sea[0]!.countries[0] === 'CHN' && NORTH_SEA.includes(sea.at(-1)!.countries.at(-1)!))
    rates.push(RATES.wciShanghaiRotterdam);
  return rates;
}

export const RATE_SOURCES = [...new Set(Object.values(RATES).flatMap((r) => r.sources))];
