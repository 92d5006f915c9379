// The routing assumptions as data: speeds by mode and gauge, and dwell times at borders and transfers, each a
// range with the sources it rests on and, in `basis`, how the numbers were read from them. Where no source gives
// a figure directly, `basis` says so; those are the model's weakest numbers.
import type { RoutingParams, SpeedParam } from './param-types';
import type { Hours } from './types';

export type { DwellParam, RailRegion, RoutingParams, SpeedParam } from './param-types';

/** The 27 member states of the European Union. */
const EU =
  'AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE'.split(
    ' ',
  );

const h = (min: number, typical: number, max: number): Hours => ({ min, typical, max });

/** Countries whose railways are 1520 mm (Mongolia's too); used only for a rail segment that states no gauge. */
const BROAD_GAUGE = [
  'RUS',
  'KAZ',
  'KGZ',
  'UZB',
  'TKM',
  'TJK',
  'AZE',
  'GEO',
  'ARM',
  'BLR',
  'UKR',
  'MDA',
  'MNG',
  'EST',
  'LVA',
  'LTU',
];
const EUROPE_STANDARD_GAUGE = ['POL', 'DEU', 'NLD', 'BEL', 'FRA', 'CZE', 'SVK', 'AUT', 'HUN', 'ROU', 'BGR', 'SRB'];

const rail: SpeedParam = {
  value: h(30, 46, 62.5),
  unit: 'km/h',
  sources: ['forbes-2017-cargo-trains', 'portnews-2013-transsib-7-days'],
  basis:
    'China–Europe trains cover about 1,100 km a day through China, Central Asia and Russia (46 km/h, typical) and ' +
    'average 30–40 km/h over a whole trip (30 km/h, slowest); the Trans-Siberian express target of 1,500 km a day ' +
    '(62.5 km/h) is the fastest case.',
};

export const DEFAULT_PARAMS: RoutingParams = {
  speed: {
    rail: {
      1435: rail,
      1520: rail,
      1676: {
        value: h(23, 25, 46),
        unit: 'km/h',
        sources: ['zeenews-2019-wdfc', 'financialexpress-2021-freight-speed'],
        basis: 'Indian freight trains averaged about 25 km/h (23 km/h in Feb 2020) and 46 km/h in Feb 2021.',
      },
    },
    road: {
      value: h(450, 460, 710),
      unit: 'km/day',
      sources: ['tashkenttimes-2018-kashgar-convoy', 'eu-regulation-561-2006'],
      basis:
        'Tashkent–Kashgar (920 km) takes 2 days in regular service (460 km/day) and took 31 h in the 2017 test ' +
        'convoy (710 km/day); one driver may drive 9 h a day, at the convoy’s 50 km/h that is 450 km/day.',
    },
    ferry: {
      value: h(18, 25, 26),
      unit: 'km/h',
      sources: ['eurasia-travel-caspian-ferry', 'twobiketo-caspian-ferry'],
      basis:
        'Baku–Turkmenbashi, 306 km, takes about 12 h (25 km/h); the Alat–Kuryk crossing took about 25 h, which ' +
        'the lower bound allows for. A ferry segment’s own sourced hours replace these.',
    },
    sea: {
      value: h(12, 15, 18),
      unit: 'knots',
      sources: ['wiki-slow-steaming'],
      basis: 'Slow steaming at 18 knots, 14–16 knots on Asia–Europe backhaul, super slow steaming down to 12 knots.',
    },
  },
  railRegions: [
    {
      id: 'europe',
      countries: EUROPE_STANDARD_GAUGE,
      speed: {
        value: h(14.6, 15.6, 16.7),
        unit: 'km/h',
        sources: ['forbes-2017-cargo-trains'],
        basis: 'In Europe the same trains cover 350–400 km a day.',
      },
    },
  ],
  dwell: {
    borderRail: {
      value: h(1, 8, 24),
      sources: ['carec-cpmm-2020', 'carec-cpmm-2022'],
      basis:
        'CAREC rail border crossings average 20.6–23 h (2019–2020) and 40.6–51.9 h (2021–2022), gauge changes ' +
        'included; no separate figure for customs alone was found, so this is the part of those averages left ' +
        'after the gauge-change range below.',
    },
    borderRoad: {
      value: h(1.5, 12, 51),
      sources: ['tashkenttimes-2018-kashgar-convoy', 'carec-cpmm-2020', 'carec-cpmm-2023'],
      basis:
        'Dustlik took 1.5 h for the 2017 test convoy; CAREC road crossings averaged 12.2 h in 2019; Khorgos ' +
        'averaged 51.4 h in 2023.',
    },
    gaugeChange: {
      value: h(3, 27, 96),
      sources: ['silkroadnews-2016-dostyk', 'carec-cpmm-2022', 'railtech-2018-malaszewicze'],
      basis:
        'With the rail border dwell the total is 4 / 35 / 120 h: Dostyk processes a train in 4 h 15 min; trains ' +
        'spent 30.5 h at Alashankou and 34.8 h at Horgos in 2022; at Małaszewicze waits of 2–3 days easily ' +
        'become five.',
    },
    railRoad: {
      value: h(1, 12, 48),
      sources: ['wiki-break-of-gauge'],
      basis:
        'A crane moves a train’s containers in as little as 47 minutes; no published dwell for rail–road ' +
        'transfers at Kashgar or Osh was found, so typical half a day and at most two days are assumptions.',
    },
    shipLoad: {
      value: h(24, 48, 168),
      sources: ['draftsurveys-2026-container-dwell'],
      basis: 'World-class ports keep containers 24–48 h; the average across ports is 5–7 days.',
    },
    shipUnload: {
      value: h(24, 48, 168),
      sources: ['draftsurveys-2026-container-dwell'],
      basis: 'As for loading: 24–48 h at the best ports, 5–7 days on average.',
    },
    ferryBoard: {
      value: h(24, 48, 72),
      sources: ['seetaoe-2026-caspian-ports', 'carec-cpmm-2020'],
      basis:
        'Manual scheduling at Caspian ports delays vehicles 24–72 h; trucks leaving through Kuryk spent 69.7 h ' +
        'on average in 2020. Typical is the middle of that spread.',
    },
    ferryUnload: {
      value: h(1, 12, 48),
      sources: ['wiki-break-of-gauge'],
      basis: 'No separate figure found; taken as the rail–road transfer.',
    },
  },
  customsUnions: [
    {
      id: 'eu',
      countries: EU,
      sources: ['eu-customs-union'],
    },
  ],
  broadGaugeCountries: BROAD_GAUGE,
  indianGaugeCountries: ['IND', 'PAK', 'BGD', 'NPL', 'LKA'],
};

/** Every source id the parameters cite. */
export function paramSourceIds(params: RoutingParams): string[] {
  const all = [
    ...Object.values(params.speed.rail),
    params.speed.road,
    params.speed.ferry,
    params.speed.sea,
    ...params.railRegions.map((r) => r.speed),
    ...Object.values(params.dwell),
    ...params.customsUnions,
  ].flatMap((p) => p.sources);
  return [...new Set(all)].sort();
}
