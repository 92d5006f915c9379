// The routing assumptions as data: rail speeds by network, road, ferry and sea speeds, and dwell at crossings,
// ports and transfers, each a range with the sources it rests on and, in `basis`, how the numbers were read from
// them. Where a typical value was fitted to the published journeys (src/routing/calibration/journeys.json, the
// held-out third excluded; `npm run calibrate -- --fit`, calibration/fit.ts), `basis` says so and names the group
// of journeys it was fitted over (never one journey); min and max still come from sources.
import { EMISSION_SOURCES } from './emissions';
import type { RoutingParams, SpeedParam } from './param-types';
import { RATE_SOURCES } from './rates';
import type { Hours } from './types';

export type { DwellParam, RailRegion, RoutingParams, SpeedParam } from './param-types';

/** The 27 member states of the European Union. */
const EU =
  'AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE'.split(
    ' ',
  );

/** The Eurasian Economic Union: one customs territory since 2015, the Customs Code in force since 2018. */
const EAEU = ['RUS', 'BLR', 'KAZ', 'KGZ', 'ARM'];

const h = (min: number, typical: number, max: number): Hours => ({ min, typical, max });

/** Countries whose railways are 1520 mm (Mongolia's too); used only for a rail segment that states no gauge. */
const BROAD_GAUGE = 'RUS KAZ KGZ UZB TKM TJK AZE GEO ARM BLR UKR MDA MNG EST LVA LTU'.split(' ');
const EUROPE_STANDARD_GAUGE = 'POL DEU NLD BEL FRA CZE SVK AUT HUN ROU BGR SRB MKD XKX ITA GRC SVN HRV CHE'.split(' ');

const rail: SpeedParam = {
  value: h(30, 46, 62.5),
  unit: 'km/h',
  sources: ['forbes-2017-cargo-trains', 'portnews-2013-transsib-7-days'],
  basis:
    'For a network in no region below. China–Europe trains cover about 1,100 km a day through China, Central Asia ' +
    'and Russia (46 km/h) and average 30–40 km/h over a whole trip; the Trans-Siberian target of 1,500 km a day ' +
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
      value: h(450, 500, 710),
      unit: 'km/day',
      sources: ['tashkenttimes-2018-kashgar-convoy', 'eu-regulation-561-2006'],
      basis:
        'Tashkent–Kashgar (920 km) takes 2 days in regular service; less the 3.5 h the 2017 convoy spent at the ' +
        'two borders, that is 500 km a day; the convoy itself made 710 km a day (31 h). One driver may drive 9 h ' +
        'a day, at the convoy’s 50 km/h 450 km a day.',
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
      value: h(9, 13, 16),
      unit: 'knots',
      sources: ['pemp-shanghai-rotterdam-routing', 'geesecargo-2025-shanghai-rotterdam'],
      basis:
        'Speed over the whole voyage, port calls included: Shanghai–Rotterdam via Suez is about 10,600 nautical ' +
        'miles, 27 days at 16 knots without calls, 35 days on a typical rotation with 5–10 calls (12.6 knots); ' +
        'the median direct service took 32 days in 2025 (13.8 knots) and the slowest 49 days (9 knots).',
    },
  },
  railRegions: [
    {
      id: 'china',
      countries: ['CHN'],
      speed: {
        value: h(28, 28, 46),
        unit: 'km/h',
        sources: ['chinadaily-2018-chongqing-qinzhou', 'forbes-2017-cargo-trains', 'cri-cr-express-2024'],
        basis:
          'Typical fitted over the 15 fitted journeys with rail in China (China–Europe, China–Central Asia, CKU, ' +
          'land–sea) (`npm run calibrate -- --fit`); it comes out at the slowest sourced speed, Chongqing–Qinzhou ' +
          '(about 1,340 km in 2 days, 28 km/h), pulled there by Urumqi–Almaty in 30 hours (2017), which the wait ' +
          'for trains that end in Central Asia (dwell.centralAsiaArrival) leaves far behind. X8083, which left Chongqing on 15 Nov 2024 and ' +
          'Alashankou on 20 Nov (about 3,800 km in 5 days, 32 km/h), is close; 1,100 km a day (46 km/h) the fastest.',
      },
    },
    {
      id: 'kazakhstan',
      countries: ['KAZ'],
      speed: {
        value: h(31, 42.5, 62.5),
        unit: 'km/h',
        sources: ['railwaypro-2019-xian-prague', 'erai-2024-07', 'qazinform-dostyk-moiynty-2025'],
        basis:
          'Typical fitted over the 17 fitted journeys with rail in Kazakhstan (`npm run calibrate -- --fit`); a ' +
          'China–Europe train crossed Kazakhstan from Khorgos to Aktau, about 3,000 km, in 72 hours in 2019 ' +
          '(42 km/h), alike. The whole broad-gauge transit averaged 31 km/h in July 2024 (ERAI); container trains run up ' +
          'to 1,500 km a day on the Dostyk–Moiynty line (62.5 km/h).',
      },
    },
    {
      id: 'russia',
      countries: ['RUS', 'BLR', 'MNG'],
      speed: {
        value: h(24, 28, 51),
        unit: 'km/h',
        sources: ['erai-2024-07', 'cargoforwarder-2019-erai', 'cargotor-2020-vladivostok-malaszewicze'],
        basis:
          'Typical from the ERAI transit time (7.31 days for 5,430 km, Dostyk/Altynkol to Brest, 15 Jul 2024) less ' +
          'the Kazakh share at the Kazakh speed: about 2,700 km in Russia and Belarus in about 100 h. A train from ' +
          'Vladivostok reached Małaszewicze, 11,000 km, in 216 h in 2020 (51 km/h). The Trans-Siberian from ' +
          'Yekaterinburg east has a speed of its own (railLines).',
      },
    },
    {
      id: 'south',
      countries: ['UZB', 'TKM', 'TJK', 'KGZ', 'AFG', 'AZE', 'GEO', 'ARM', 'PAK'],
      speed: {
        value: h(9, 17, 42),
        unit: 'km/h',
        sources: ['newscentralasia-2022-chekhov-sarakhs', 'turkic-world-titr', 'russland-jetzt-2025-moscow-tehran'],
        basis:
          'Uzbekistan, Turkmenistan, Kyrgyzstan and the Caucasus. Typical (about 400 km a day) fitted over the 8 ' +
          'fitted journeys with rail in these countries (North–South, Middle Corridor, trains from China to Tashkent; ' +
          '`npm run calibrate -- --fit`); Chekhov (Moscow) to Sarakhs, scheduled for 7 days in ' +
          '2022, leaves about 400 km a day south of Kazakhstan, and Moscow–Tehran in 12 days (2025) about 200 km ' +
          'a day, the slowest. The Kazakh speed is the upper bound.',
      },
    },
    {
      id: 'iran',
      countries: ['IRN'],
      speed: {
        value: h(9, 9, 42),
        unit: 'km/h',
        sources: ['russland-jetzt-2025-moscow-tehran', 'newscentralasia-2022-chekhov-sarakhs'],
        basis:
          'Iran’s railways (RAI), apart from the networks north of them. Typical fitted over the 3 fitted journeys ' +
          'with rail in Iran (North–South corridor: Mumbai–Moscow by Astara, Moscow–Mumbai by the Caspian, ' +
          'Moscow–Tehran; `npm run calibrate -- --fit`): it comes out at the slowest sourced speed, Moscow–Tehran ' +
          'in 12 days (2025), about 200 km a day south of Kazakhstan. The Kazakh speed is the upper bound.',
      },
    },
    {
      id: 'europe',
      countries: EUROPE_STANDARD_GAUGE,
      speed: {
        value: h(14.6, 22.5, 46),
        unit: 'km/h',
        sources: ['forbes-2017-cargo-trains', 'namiary-2012-ers-pilot'],
        basis:
          'The same trains cover 350–400 km a day in Europe (Forbes 2017; 14.6 km/h the slowest); after the ' +
          'transfer at Małaszewicze the 2012 pilot train reached Rheinhausen (Duisburg), about 1,150 km, in 25 h ' +
          '(46 km/h). Typical (about 530 km a day) fitted over the 8 fitted journeys with rail in Europe ' +
          '(`npm run calibrate -- --fit`).',
      },
    },
  ],
  railLines: [
    {
      id: 'trans-siberian',
      corridor: 'trans-siberian',
      // From Yekaterinburg (60.6° E) east, Novosibirsk–Yekaterinburg included. West of it the line also carries the
      // trains from Kazakhstan, whose time ERAI measures and the Russian network's speed comes from.
      eastOf: 60,
      speed: {
        value: h(37.5, 50, 62.5),
        unit: 'km/h',
        sources: [
          'ria-2004-transsib-container-trains',
          'portnews-2013-transsib-7-days',
          'cargotor-2020-vladivostok-malaszewicze',
        ],
        basis:
          'From Yekaterinburg east, container trains on the Trans-Siberian run as accelerated trains to a ' +
          'timetable of their own, not at the speed of the Russian network as a whole: at least 900 km a day when ' +
          'the service began (RIA Novosti, 2004; 37.5 km/h), 1,200 km a day in 2013 (PortNews; 50 km/h, the ' +
          'typical, taken from the source as only one fitted journey runs on the line), 1,500 km a day the target ' +
          'of “Trans-Siberian in 7 days” (62.5 km/h); ' +
          'a train from Vladivostok reached Małaszewicze, 11,000 km, in 216 h in 2020 (51 km/h).',
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
    unionBorderRail: {
      value: h(0, 0, 0),
      sources: ['eaeu-customs-code', 'erai-2024-07'],
      basis:
        'No customs between members of the Eurasian Economic Union; the handover between railways is inside the ' +
        'ERAI transit time from which the Russian speed is taken, so it adds nothing on top.',
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
      value: h(1, 28.5, 48),
      sources: ['wiki-break-of-gauge'],
      basis:
        'A crane moves a train’s containers in as little as 47 minutes; no published dwell for rail–road ' +
        'transfers at Kashgar or Osh was found, so two days at most is an assumption. Typical fitted over the 4 ' +
        'fitted block-train journeys that move containers between a train and trucks on the way (Wuhan and ' +
        'Lanzhou to Tashkent by Kashgar and Irkeshtam, Mumbai–Moscow by the western and the Caspian routes; ' +
        '`npm run calibrate -- --fit`): a day and a few hours, the wait for the trucks or the train and the ' +
        'paperwork of a change of carrier, not the crane’s work alone.',
    },
    shipLoadMajor: {
      value: h(24, 48, 168),
      sources: ['draftsurveys-2026-container-dwell'],
      basis: 'World-class container ports keep containers 24–48 h; the average across ports is 5–7 days.',
    },
    shipLoad: {
      value: h(24, 120, 168),
      sources: ['draftsurveys-2026-container-dwell', 'turkic-world-titr'],
      basis:
        'The 5–7-day average across ports, at its lower end as typical: Poti to Constanța, a day at sea, takes ' +
        '8–10 days on the Middle Corridor (Altynkol–Poti 12 days, –Constanța 20–22).',
    },
    shipUnloadMajor: {
      value: h(12, 24, 48),
      sources: ['draftsurveys-2026-container-dwell'],
      basis: 'Discharge and release onto a train: the lower half of the best ports’ 24–48 h dwell.',
    },
    shipUnload: {
      value: h(12, 91, 168),
      sources: ['draftsurveys-2026-container-dwell'],
      basis:
        'Discharge and release onto a train at a port without daily mainline sailings: the best ports take ' +
        '24–48 h, the average across ports 5–7 days. Typical (about 4 days) fitted over the 2 fitted journeys ' +
        'that unload a ship at such a port on the way (Mumbai–Moscow at Bandar Abbas, Xi’an–Duisburg by DB Cargo ' +
        'Eurasia at Constanța; `npm run calibrate -- --fit`); Altynkol–Constanța ends at the port and unloads no ' +
        'ship on the way.',
    },
    ferryBoard: {
      value: h(6, 122.5, 168),
      sources: ['astanatimes-kuryk-2021', 'seetaoe-2026-caspian-ports', 'carec-cpmm-2020', 'turkic-world-titr'],
      basis:
        'A ferry is loaded in 6–12 h at Kuryk (the shortest); a week is the longest wait outside winter reported. ' +
        'Typical (about 5 days) fitted over the 4 fitted journeys that board a Caspian ferry outside winter: ' +
        'Altynkol–Baku and –Constanța, Xi’an–Duisburg by DB Cargo Eurasia (Aktau–Alat) and Moscow–Mumbai by ' +
        'Astrakhan–Anzali (`npm run calibrate -- --fit`). Manual scheduling at Caspian ports delays vehicles 24–72 h ' +
        'and trucks leaving through Kuryk spent 69.7 h in 2020, so a container train’s wait is longer than a ' +
        'truck’s.',
      seasonal: {
        season: { from: 11, to: 2 },
        value: h(24, 240, 336),
        sources: ['evrimagaci-kuryk-winter', 'minval-aktau-storm'],
        basis:
          'In November and December Kuryk is closed by weather about half the time, so the typical wait doubles; ' +
          'ferries from Baku could not berth at Aktau for a week in a December storm, and the queue behind them ' +
          'took another: two weeks at most.',
      },
    },
    ferryUnload: {
      value: h(1, 12, 48),
      sources: ['wiki-break-of-gauge'],
      basis:
        'No separate figure found: a crane’s 47 minutes at least, and half a day typical and two days at most ' +
        'as assumptions, the range the rail–road transfer had before the journeys set its typical.',
    },
    centralAsiaArrival: {
      value: h(0, 78, 150),
      sources: ['cfts-khorgos', 'carec-cpmm-2022-kaz', 'intermodalnews-2023-khorgos', 'utk-2024-jinhua-nazarbek'],
      basis:
        'A train from China that ends in Central Asia (Afghanistan included, arrival.ts) is cleared for import and split at the border yard, and its ' +
        'wagons forwarded to their stations; the China–Europe trains run through in transit. Typical: CAREC’s ' +
        'average time for trains entering Kazakhstan to clear its rail crossings (Altynkol and Dostyk), 78.0 h in ' +
        '2022, taken from the source rather than from the journeys: the through trains cross in hours (the crossings’ own dwell), ' +
        'and the Khorgos dry port was by then a bottleneck where trains waited long for clearance (Intermodal News, ' +
        '2023). Min: none, for an express train forwarded whole (Xi’an–Tashkent in five days, 2024). Max: that ' +
        'average plus KTZ’s own 2–3 days of onward delivery from the dry port to Central Asia (CFTS, 2017). Block ' +
        'trains from eastern China to Tashkent took 12 days (Jinhua–Nazarbek, 2024) and about 15 (Langfang, 2023). ' +
        'Westbound only: the measurements are of trains entering Kazakhstan.',
    },
  },
  majorPorts: [
    'port-shanghai',
    'port-ningbo',
    'port-qingdao',
    'port-tianjin',
    'port-shenzhen',
    'port-rotterdam',
    'port-antwerp',
    'port-hamburg',
    'port-piraeus',
    'port-jnpt',
  ],
  crossingDwell: {
    khorgos: {
      value: h(0.8, 1.2, 78),
      sources: [
        'khorgosgateway-2015-first-train',
        'astanatimes-2026-khorgos-gateway',
        'wiki-break-of-gauge',
        'carec-cpmm-2022-prc',
        'carec-cpmm-2022-kaz',
        'xinhua-2017-urumqi-almaty',
      ],
      basis:
        'Border and transfer together. Cranes move a train’s containers at Khorgos in as little as 47 minutes, ' +
        'the shortest (an express train’s, service.ts); CAREC measured 34.8 h on average at Horgos in 2022 and ' +
        '58.7 h in 2021 over all trains, and trains entering Kazakhstan by rail (Altynkol and Dostyk) took 78 h on ' +
        'average in 2022, the slowest case. The typical, a scheduled block train’s, is the dry ' +
        'port’s own figure: transfer and customs clearance of the first train took 1 h 11 min (2015), and the ' +
        'average handling time fell from five hours to one in 2025. One published block-train journey through ' +
        'Khorgos is too few to fit on (train X9081, Urumqi–Almaty in 30 h in 2017, agrees). A train that ' +
        'ends in Central Asia waits longer on top (dwell.centralAsiaArrival).',
    },
    'alashankou-dostyk': {
      value: h(4.25, 4.3, 80.2),
      sources: ['silkroadnews-2016-dostyk', 'carec-cpmm-2022-prc'],
      basis:
        'Border and transfer together: 4 h 15 min to process a train at Dostyk; CAREC averaged 30.5 h at ' +
        'Alashankou in 2022, up to 80.2 h. Typical fitted over the 7 fitted journeys through Alashankou ' +
        '(`npm run calibrate -- --fit`), scheduled block trains well ahead of the average: it comes out at the ' +
        'fastest processing measured.',
    },
    'brest-terespol': {
      value: h(3, 4.5, 120),
      sources: [
        'railtech-2018-malaszewicze',
        'railfreight-2018-pkp-malaszewicze',
        'cargotor-2020-vladivostok-malaszewicze',
      ],
      basis:
        'Border and transfer together. Waits of 2–3 days, easily five, in early 2018 (RailTech); by August 2018 ' +
        'PKP Cargo reported the bottleneck solved, and in 2020 a train’s check and clearance at Małaszewicze ' +
        '“took no time at all”, leaving the transfer itself (3 h, the gauge change’s minimum). Typical fitted ' +
        'over the 7 fitted journeys through Brest (`npm run calibrate -- --fit`): a little over the transfer alone.',
    },
    irkeshtam: {
      value: h(2, 2, 15.1),
      sources: ['tashkenttimes-2018-kashgar-convoy', 'carec-cpmm-2020'],
      basis:
        'About 2 h for the 2017 test convoy, the only measure of this crossing; CAREC road crossings averaged ' +
        '15.1 h in 2020.',
    },
    'dostuk-road': {
      value: h(1.5, 1.5, 15.1),
      sources: ['tashkenttimes-2018-kashgar-convoy', 'carec-cpmm-2020'],
      basis:
        'Dustlik took 1.5 h for the 2017 test convoy, the only measure of this crossing; CAREC road crossings ' +
        'averaged 15.1 h in 2020.',
    },
  },
  customsUnions: [
    { id: 'eu', countries: EU, sources: ['eu-customs-union'] },
    { id: 'eaeu', countries: EAEU, sources: ['eaeu-customs-code'] },
  ],
  entryBans: [
    {
      from: 'PAK',
      into: 'IND',
      since: '2025-05-02',
      sources: ['dgft-2025-pakistan-import-ban', 'hindustantimes-2025-pakistan-ships'],
      basis:
        'India prohibited the direct or indirect import or transit of all goods originating in or exported from ' +
        'Pakistan (DGFT, 2 May 2025), barred Pakistani-flagged ships from its ports and its own ships from ' +
        'Pakistan’s (3 May 2025), until further orders.',
    },
  ],
  service: {
    express: {
      waits: 'fastest',
      sources: [
        'silkroadnews-2016-dostyk',
        'wiki-break-of-gauge',
        'cargotor-2020-vladivostok-malaszewicze',
        'astanatimes-kuryk-2021',
      ],
      basis:
        'An express train (a record run, or a service sold as express) is cleared and transferred first: at each ' +
        'rail crossing, gauge change and Caspian ferry berth it takes the shortest dwell the sources measured ' +
        '(Dostyk processes a train in 4 h 15 min, cranes at Khorgos move its containers in 47 minutes, at ' +
        'Małaszewicze in 2020 clearance “took no time at all”, a ferry is loaded at Kuryk in 6–12 h).',
    },
    block: {
      waits: 'typical',
      sources: ['erai-2024-07'],
      basis:
        'A scheduled block train, the kind most published journeys describe and the one the typical dwell and ' +
        'speeds are fitted over (`npm run calibrate -- --fit`): the default when a question names no service.',
    },
    regular: {
      waits: 'typical',
      railCrossing: {
        value: h(20.6, 40.6, 80.2),
        sources: ['carec-cpmm-2020', 'carec-cpmm-2022', 'carec-cpmm-2022-prc'],
        basis:
          'CAREC’s average time for a train to clear a rail border crossing, gauge change included, over all the ' +
          'trains it monitors: 20.6 h in 2019 (the least), 40.6 h in 2022, 80.2 h at Alashankou in 2021 (the most).',
      },
      sources: ['carec-cpmm-2020', 'carec-cpmm-2022', 'carec-cpmm-2022-prc'],
      basis:
        'A regular or wagonload service waits at borders as the average train does: a rail crossing outside a ' +
        'customs union takes at least CAREC’s average clearing time; elsewhere it runs as a block train.',
    },
  },
  broadGaugeCountries: BROAD_GAUGE,
  indianGaugeCountries: ['IND', 'PAK', 'BGD', 'NPL', 'LKA'],
};

/** Every parameter, flat, for listing and for checking that each cites sources the data holds. */
export function allParams(params: RoutingParams): { sources: string[] }[] {
  const dwell = [...Object.values(params.dwell), ...Object.values(params.crossingDwell)];
  return [
    ...Object.values(params.speed.rail),
    params.speed.road,
    params.speed.ferry,
    params.speed.sea,
    ...params.railRegions.map((r) => r.speed),
    ...params.railLines.map((l) => l.speed),
    ...dwell,
    ...dwell.flatMap((d) => (d.seasonal ? [d.seasonal] : [])),
    ...params.customsUnions,
    ...params.entryBans,
    ...Object.values(params.service),
    ...Object.values(params.service).flatMap((s) => (s.railCrossing ? [s.railCrossing] : [])),
  ];
}

/** Every source id the parameters cite, with those of the CO2e intensities and the freight rates. */
export function paramSourceIds(params: RoutingParams): string[] {
  return [...new Set([...allParams(params).flatMap((p) => p.sources), ...EMISSION_SOURCES, ...RATE_SOURCES])].sort();
}
