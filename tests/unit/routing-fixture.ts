// A small corridor network for routing tests: real places at rough coordinates, straight schematic legs. It has
// the shapes the planner must handle: two break-of-gauge crossings into Kazakhstan, a Caspian ferry, a gauge
// change inland (Akhalkalaki), a road-only crossing (Irkeshtam), a crossing whose railway is only planned
// (Torugart), a seasonal Arctic sea leg, an unconnected pair of ports, two places that share a name and a city
// (Shanghai) whose port has the legs.
import type { Corridor, Dataset, NodeFeature, SegmentFeature } from '../../src/data/schema';

type Position = [number, number];

type NodeOpts = Partial<NodeFeature['properties']> & { en?: string; zh?: string; ru?: string };

function node(
  id: string,
  kind: NodeFeature['properties']['kind'],
  countries: string[],
  coord: Position,
  o: NodeOpts = {},
): NodeFeature {
  const { en, zh, ru, ...rest } = o;
  const title = id.replace(/(^|-)(\w)/g, (_, s: string, c: string) => `${s ? ' ' : ''}${c.toUpperCase()}`);
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: coord },
    properties: {
      id,
      names: { en: en ?? title, zh: zh ?? title, ru: ru ?? title },
      aliases: [],
      status: 'operational',
      figures: [],
      sources: ['fixture'],
      kind,
      countries,
      modes: ['rail', 'road'],
      located: 'fixture',
      ...rest,
    },
  };
}

type SegOpts = Partial<SegmentFeature['properties']> & { via?: Position[] };

const at = new Map<string, Position>();

function seg(
  id: string,
  from: string,
  to: string,
  mode: SegmentFeature['properties']['mode'],
  corridors: string[],
  o: SegOpts = {},
): SegmentFeature {
  const { via = [], ...rest } = o;
  return {
    type: 'Feature',
    geometry: { type: 'LineString', coordinates: [at.get(from)!, ...via, at.get(to)!] },
    properties: {
      id,
      corridors,
      mode,
      status: 'operational',
      precision: 'schematic',
      geometrySource: 'fixture',
      from,
      to,
      figures: [],
      sources: ['fixture'],
      ...rest,
    },
  };
}

const crossing = (a: string, b: string, ga?: 1435 | 1520, gb?: 1435 | 1520) => ({
  sides: [
    { country: a, gauge: ga },
    { country: b, gauge: gb },
  ],
});

const NODES: NodeFeature[] = [
  node('port-shanghai', 'seaport', ['CHN'], [121.5, 31.2], {
    en: 'Port of Shanghai',
    zh: '上海港',
    modes: ['rail', 'sea'],
  }),
  node('xian', 'city', ['CHN'], [108.94, 34.34], { en: "Xi'an", zh: '西安', ru: 'Сиань' }),
  node('urumqi', 'city', ['CHN'], [87.62, 43.83], { en: 'Ürümqi', zh: '乌鲁木齐', ru: 'Урумчи' }),
  node('kashgar', 'city', ['CHN'], [75.99, 39.47], { zh: '喀什', ru: 'Кашгар', aliases: ['Kashi'] }),
  node('khorgos', 'border_crossing', ['CHN', 'KAZ'], [80.26, 44.21], {
    zh: '霍尔果斯',
    ru: 'Хоргос',
    aliases: ['Horgos', 'Qorğas', 'Altynkol'],
    ...crossing('CHN', 'KAZ', 1435, 1520),
  }),
  node('alashankou-dostyk', 'border_crossing', ['CHN', 'KAZ'], [82.55, 45.2], {
    zh: '阿拉山口',
    ...crossing('CHN', 'KAZ', 1435, 1520),
  }),
  node('irkeshtam', 'border_crossing', ['CHN', 'KGZ'], [73.94, 39.68], { modes: ['road'], ...crossing('CHN', 'KGZ') }),
  node('torugart', 'border_crossing', ['CHN', 'KGZ'], [75.4, 40.55], crossing('CHN', 'KGZ', 1435, 1435)),
  node('osh', 'city', ['KGZ'], [72.8, 40.53]),
  node('jalal-abad', 'city', ['KGZ'], [73.0, 40.93], { modes: ['rail'] }),
  node('dostuk-osh', 'border_crossing', ['KGZ', 'UZB'], [72.6, 40.7], { modes: ['road'], ...crossing('KGZ', 'UZB') }),
  node('andijan', 'city', ['UZB'], [72.34, 40.78]),
  node('tashkent', 'city', ['UZB'], [69.24, 41.3], { ru: 'Ташкент', zh: '塔什干' }),
  node('saryagash-keles', 'border_crossing', ['KAZ', 'UZB'], [69.1, 41.45], crossing('KAZ', 'UZB', 1520, 1520)),
  node('almaty', 'city', ['KAZ'], [76.95, 43.24]),
  node('aktogay', 'junction', ['KAZ'], [79.63, 46.95], { modes: ['rail'] }),
  node('astana', 'city', ['KAZ'], [71.43, 51.13]),
  node('iletsk', 'border_crossing', ['KAZ', 'RUS'], [54.99, 51.16], crossing('KAZ', 'RUS', 1520, 1520)),
  node('moscow', 'city', ['RUS'], [37.62, 55.75], { ru: 'Москва' }),
  node('bely-rast', 'terminal', ['RUS'], [37.5, 56.1], {
    en: 'Bely Rast',
    ru: 'Белый Раст',
    aliases: ['TLC Bely Rast'],
  }),
  node('port-arkhangelsk', 'seaport', ['RUS'], [40.53, 64.54], { en: 'Port of Arkhangelsk', modes: ['rail', 'sea'] }),
  node('krasnoye-osinovka', 'border_crossing', ['RUS', 'BLR'], [31.0, 54.6], crossing('RUS', 'BLR', 1520, 1520)),
  node('brest-terespol', 'border_crossing', ['BLR', 'POL'], [23.66, 52.08], {
    ...crossing('BLR', 'POL', 1520, 1435),
    dwellHours: { min: 24, typical: 60, max: 120 },
    dwellSource: 'railtech-2018-malaszewicze',
  }),
  node('warsaw', 'city', ['POL'], [21.01, 52.23]),
  node('duisburg', 'terminal', ['DEU'], [6.76, 51.43]),
  node('port-aktau', 'seaport', ['KAZ'], [51.17, 43.65], { en: 'Port of Aktau', modes: ['rail', 'ferry'] }),
  node('port-alat', 'seaport', ['AZE'], [49.4, 39.95], { en: 'Port of Baku (Alat)', modes: ['rail', 'ferry'] }),
  node('boyuk-kasik', 'border_crossing', ['AZE', 'GEO'], [45.0, 41.3], crossing('AZE', 'GEO', 1520, 1520)),
  node('akhalkalaki', 'gauge_change', ['GEO'], [43.48, 41.4], { modes: ['rail'] }),
  node('kartsakhi', 'border_crossing', ['GEO', 'TUR'], [43.2, 41.2], crossing('GEO', 'TUR', 1435, 1435)),
  node('kars', 'city', ['TUR'], [43.1, 40.6]),
  node('istanbul', 'city', ['TUR'], [28.97, 41.0], { en: 'Istanbul, Halkalı' }),
  node('kapikule', 'border_crossing', ['TUR', 'BGR'], [26.6, 41.7], crossing('TUR', 'BGR', 1435, 1435)),
  node('sofia', 'city', ['BGR'], [23.32, 42.7]),
  node('port-chabahar', 'seaport', ['IRN'], [60.62, 25.3], { modes: ['sea'] }),
  node('port-jnpt', 'seaport', ['IND'], [72.95, 18.95], {
    en: 'Mumbai (JNPT)',
    aliases: ['Nhava Sheva', 'Mumbai'],
    modes: ['sea'],
  }),
  node('shanghai', 'city', ['CHN'], [121.47, 31.23], { zh: '上海', ru: 'Шанхай' }),
  node('astara-aze', 'city', ['AZE'], [48.87, 38.45], { en: 'Astara' }),
  node('astara-irn', 'city', ['IRN'], [48.87, 38.43], { en: 'Astara' }),
];
for (const n of NODES) at.set(n.properties.id, n.geometry.coordinates);

const R = (gauge: 1435 | 1520) => ({ gauge });

const SEGMENTS: SegmentFeature[] = [
  seg('shanghai-xian', 'port-shanghai', 'xian', 'rail', ['cr-express'], R(1435)),
  seg('xian-urumqi', 'xian', 'urumqi', 'rail', ['cr-express', 'middle-corridor'], R(1435)),
  seg('urumqi-khorgos', 'urumqi', 'khorgos', 'rail', ['cr-express', 'middle-corridor'], R(1435)),
  seg('urumqi-alashankou', 'urumqi', 'alashankou-dostyk', 'rail', ['cr-express'], R(1435)),
  seg('urumqi-kashgar', 'urumqi', 'kashgar', 'rail', ['cku'], R(1435)),
  seg('khorgos-almaty', 'khorgos', 'almaty', 'rail', ['cr-express', 'middle-corridor'], R(1520)),
  seg('khorgos-almaty-road', 'khorgos', 'almaty', 'road', ['cr-express']),
  seg('dostyk-aktogay', 'alashankou-dostyk', 'aktogay', 'rail', ['cr-express'], R(1520)),
  seg('aktogay-astana', 'aktogay', 'astana', 'rail', ['cr-express'], R(1520)),
  seg('aktogay-almaty', 'aktogay', 'almaty', 'rail', ['cr-express', 'middle-corridor'], R(1520)),
  seg('almaty-astana', 'almaty', 'astana', 'rail', ['cr-express'], R(1520)),
  seg('almaty-saryagash', 'almaty', 'saryagash-keles', 'rail', ['cr-express'], R(1520)),
  seg('saryagash-tashkent', 'saryagash-keles', 'tashkent', 'rail', ['cr-express'], R(1520)),
  seg('astana-iletsk', 'astana', 'iletsk', 'rail', ['cr-express'], R(1520)),
  seg('iletsk-moscow', 'iletsk', 'moscow', 'rail', ['cr-express'], R(1520)),
  seg('moscow-krasnoye', 'moscow', 'krasnoye-osinovka', 'rail', ['cr-express'], R(1520)),
  seg('krasnoye-brest', 'krasnoye-osinovka', 'brest-terespol', 'rail', ['cr-express'], R(1520)),
  seg('brest-warsaw', 'brest-terespol', 'warsaw', 'rail', ['cr-express'], R(1435)),
  seg('warsaw-duisburg', 'warsaw', 'duisburg', 'rail', ['cr-express'], R(1435)),
  seg('almaty-aktau', 'almaty', 'port-aktau', 'rail', ['middle-corridor'], { ...R(1520), via: [[66.9, 44.8]] }),
  seg('aktau-alat', 'port-aktau', 'port-alat', 'ferry', ['middle-corridor'], {
    hours: { min: 18, typical: 20, max: 24 },
  }),
  seg('alat-boyuk-kasik', 'port-alat', 'boyuk-kasik', 'rail', ['middle-corridor'], R(1520)),
  seg('boyuk-kasik-akhalkalaki', 'boyuk-kasik', 'akhalkalaki', 'rail', ['middle-corridor'], R(1520)),
  seg('akhalkalaki-kartsakhi', 'akhalkalaki', 'kartsakhi', 'rail', ['middle-corridor'], R(1435)),
  seg('kartsakhi-kars', 'kartsakhi', 'kars', 'rail', ['middle-corridor'], R(1435)),
  seg('kars-istanbul', 'kars', 'istanbul', 'rail', ['middle-corridor'], R(1435)),
  seg('istanbul-kapikule', 'istanbul', 'kapikule', 'rail', ['middle-corridor'], R(1435)),
  seg('kapikule-sofia', 'kapikule', 'sofia', 'rail', ['middle-corridor'], R(1435)),
  seg('sofia-duisburg', 'sofia', 'duisburg', 'rail', ['middle-corridor'], R(1435)),
  seg('kashgar-irkeshtam', 'kashgar', 'irkeshtam', 'road', ['cku']),
  seg('irkeshtam-osh', 'irkeshtam', 'osh', 'road', ['cku']),
  seg('osh-dostuk', 'osh', 'dostuk-osh', 'road', ['cku']),
  seg('dostuk-andijan', 'dostuk-osh', 'andijan', 'road', ['cku']),
  seg('andijan-tashkent', 'andijan', 'tashkent', 'rail', ['cku'], R(1520)),
  seg('kashgar-torugart-rail', 'kashgar', 'torugart', 'rail', ['cku-railway'], {
    ...R(1435),
    status: 'planned',
    planned: 2030,
  }),
  seg('torugart-jalal-abad-rail', 'torugart', 'jalal-abad', 'rail', ['cku-railway'], {
    ...R(1435),
    status: 'planned',
    planned: 2030,
  }),
  seg('jalal-abad-andijan-rail', 'jalal-abad', 'andijan', 'rail', ['cku-railway'], {
    ...R(1435),
    status: 'under_construction',
    planned: 2030,
    names: {
      en: 'China–Kyrgyzstan–Uzbekistan railway',
      zh: '中吉乌铁路',
      ru: 'Железная дорога Китай–Кыргызстан–Узбекистан',
    },
  }),
  seg('moscow-bely-rast', 'moscow', 'bely-rast', 'rail', ['arctic-express'], R(1520)),
  seg('bely-rast-arkhangelsk', 'bely-rast', 'port-arkhangelsk', 'rail', ['arctic-express'], R(1520)),
  seg('arkhangelsk-shanghai-nsr', 'port-arkhangelsk', 'port-shanghai', 'sea', ['arctic-express'], {
    via: [
      [43, 69],
      [60, 73],
      [100, 77.5],
      [150, 74],
      [178, 68],
      [190, 65],
      [195, 58],
      [180, 50],
      [150, 40],
      [125, 33],
    ],
  }),
  seg('chabahar-jnpt', 'port-chabahar', 'port-jnpt', 'sea', ['instc']),
];

const corridor = (id: string, en: string, countries: string[], extra: Partial<Corridor> = {}): Corridor => ({
  id,
  names: { en, zh: en, ru: en },
  aliases: [],
  status: 'operational',
  figures: [],
  sources: ['fixture'],
  kind: 'corridor',
  colour: '#336699',
  countries,
  ...extra,
});

export const CORRIDORS: Corridor[] = [
  corridor('cr-express', 'China–Europe Railway Express', ['CHN', 'KAZ', 'RUS', 'BLR', 'POL', 'DEU']),
  corridor('middle-corridor', 'Middle Corridor', ['CHN', 'KAZ', 'AZE', 'GEO', 'TUR']),
  corridor('cku', 'China–Kyrgyzstan–Uzbekistan route', ['CHN', 'KGZ', 'UZB']),
  corridor('cku-railway', 'CKU railway', ['CHN', 'KGZ', 'UZB'], { status: 'under_construction' }),
  corridor('arctic-express', 'Arctic Express No. 1', ['RUS', 'CHN'], { season: { from: 7, to: 11 } }),
  corridor('instc', 'North–South corridor', ['IRN', 'IND']),
];

export function fixtureDataset(): Dataset {
  return { sources: [], corridors: CORRIDORS, nodes: NODES, segments: SEGMENTS, projects: [] };
}
