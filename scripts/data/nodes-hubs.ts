// The freight hubs and gateways planners ship between that the first network lacked: Chinese railway hubs,
// European terminals and ports, Central Asian junctions, the ports of the sea lanes, and the crossings of the
// links that close detours (Suifenhe, Hunchun, Farap, Hairatan). Coordinates from Natural Earth populated places
// (by Wikidata id), the World Port Index (by number), or a named reference; crossings snapped onto the NE border.
import { nm, type NodeSpec, type Where } from './node-kit';

type Kind = NodeSpec['kind'];

function hub(
  id: string,
  names: [string, string, string],
  country: string,
  where: Where | string,
  o: { kind?: Kind; aliases?: string[]; sources?: string[]; modes?: NodeSpec['modes'] } = {},
): NodeSpec {
  return {
    id,
    kind: o.kind ?? 'city',
    names: nm(...names),
    aliases: o.aliases ?? [],
    countries: [country],
    modes: o.modes ?? ['rail', 'road'],
    status: 'operational',
    sources: o.sources ?? [],
    where: typeof where === 'string' ? { ne: where } : where,
  };
}

const port = (
  id: string,
  names: [string, string, string],
  country: string,
  wpi: number,
  aliases: string[],
  sources: string[] = [],
): NodeSpec => hub(id, names, country, { wpi }, { kind: 'seaport', aliases, sources, modes: ['sea', 'rail', 'road'] });

export const hubs: NodeSpec[] = [
  // China
  hub('hefei', ['合肥', 'Hefei', 'Хэфэй'], 'CHN', 'Q185684', { aliases: ['Hofei'] }),
  hub(
    'yiwu',
    ['义乌', 'Yiwu', 'Иу'],
    'CHN',
    { ref: 'wiki-yiwu', at: [120.0753, 29.3069] },
    {
      aliases: ['Yiwu West', '义乌西', 'Yixin’ou', 'Yixinou', '义新欧', 'Иу-Синьцзян-Европа'],
      sources: ['ezhejiang-yiwu-2023'],
    },
  ),
  hub('jilin', ['吉林', 'Jilin', 'Цзилинь'], 'CHN', 'Q92277', { aliases: ['Jilin City', 'Гирин', '吉林市'] }),
  hub(
    'hunchun',
    ['珲春', 'Hunchun', 'Хуньчунь'],
    'CHN',
    { ref: 'wiki-hunchun', at: [130.3575, 42.8678] },
    {
      aliases: ['Huichun', '琿春', 'Хунчунь'],
    },
  ),
  hub('mudanjiang', ['牡丹江', 'Mudanjiang', 'Муданьцзян'], 'CHN', 'Q217646', { kind: 'junction' }),
  // Russian Far East, Europe
  hub('ussuriysk', ['乌苏里斯克', 'Ussuriysk', 'Уссурийск'], 'RUS', 'Q196934', {
    kind: 'junction',
    aliases: ['双城子', 'Ussuriisk'],
  }),
  hub(
    'malaszewicze',
    ['马拉舍维奇', 'Małaszewicze', 'Малашевичи'],
    'POL',
    { ref: 'wiki-malaszewicze', at: [23.5333, 52.0333] },
    {
      kind: 'terminal',
      aliases: ['Malaszewicze', 'Malashevichi', 'Malashevich', 'Małaszewicze Terminal', '马拉'],
      sources: ['railtech-2018-malaszewicze'],
    },
  ),
  hub('lodz', ['罗兹', 'Łódź', 'Лодзь'], 'POL', 'Q580', { aliases: ['Lodz', 'Lodsch'] }),
  hub('vilnius', ['维尔纽斯', 'Vilnius', 'Вильнюс'], 'LTU', 'Q216', { aliases: ['Vilna', 'Wilno'] }),
  hub('prague', ['布拉格', 'Prague', 'Прага'], 'CZE', 'Q1085', { aliases: ['Praha', 'Prag'] }),
  hub('vienna', ['维也纳', 'Vienna', 'Вена'], 'AUT', 'Q1741', { aliases: ['Wien'] }),
  hub('budapest', ['布达佩斯', 'Budapest', 'Будапешт'], 'HUN', 'Q1781'),
  hub('milan', ['米兰', 'Milan', 'Милан'], 'ITA', 'Q490', { aliases: ['Milano', 'Mailand'] }),
  hub('kaliningrad', ['加里宁格勒', 'Kaliningrad', 'Калининград'], 'RUS', 'Q1829', {
    aliases: ['Königsberg', 'Koenigsberg', 'Port of Kaliningrad', 'Dzerzhinskaya-Novaya'],
  }),
  hub('ankara', ['安卡拉', 'Ankara', 'Анкара'], 'TUR', 'Q3640', { kind: 'junction' }),
  // Kazakhstan's northern exits, Central Asia, Afghanistan
  hub('petropavlovsk', ['彼得罗巴甫尔', 'Petropavl', 'Петропавловск'], 'KAZ', 'Q488379', {
    aliases: ['Petropavlovsk', 'Петропавл', 'Petropavl (Petropavlovsk)'],
  }),
  hub('kostanay', ['科斯塔奈', 'Kostanay', 'Костанай'], 'KAZ', 'Q488990', {
    aliases: ['Qostanay', 'Kustanay', 'Кустанай'],
  }),
  hub('kurgan', ['库尔干', 'Kurgan', 'Курган'], 'RUS', 'Q13379', { kind: 'junction' }),
  hub('chelyabinsk', ['车里雅宾斯克', 'Chelyabinsk', 'Челябинск'], 'RUS', 'Q906'),
  hub('samarkand', ['撒马尔罕', 'Samarkand', 'Самарканд'], 'UZB', 'Q5753', { aliases: ['Samarqand', 'Самарқанд'] }),
  hub('navoi', ['纳沃伊', 'Navoi', 'Навои'], 'UZB', 'Q763015', { aliases: ['Navoiy', 'Navoiy FEZ', 'Навоий'] }),
  hub('qarshi', ['卡尔希', 'Qarshi', 'Карши'], 'UZB', 'Q644008', { kind: 'junction', aliases: ['Karshi'] }),
  hub('termez', ['铁尔梅兹', 'Termez', 'Термез'], 'UZB', 'Q491879', { aliases: ['Termiz', '泰尔梅兹'] }),
  hub('mazar-i-sharif', ['马扎里沙里夫', 'Mazar-i-Sharif', 'Мазари-Шариф'], 'AFG', 'Q130469', {
    aliases: ['Mazar-e Sharif', 'Mazar', 'Naibabad', 'مزار شریف'],
    sources: ['tashkenttimes-hairatan-2024'],
  }),
  hub('turkmenabat', ['土库曼纳巴德', 'Türkmenabat', 'Туркменабат'], 'TKM', 'Q487684', {
    aliases: ['Turkmenabat', 'Chardzhou', 'Чарджоу'],
  }),
  hub('mary', ['马雷', 'Mary', 'Мары'], 'TKM', 'Q5713', { aliases: ['Merv'] }),
  hub('tejen', ['捷詹', 'Tejen', 'Теджен'], 'TKM', 'Q1983850', { kind: 'junction', aliases: ['Tedzhen'] }),
  // Ports of the sea lanes and of the Baltic
  port('port-rotterdam', ['鹿特丹港', 'Port of Rotterdam', 'Порт Роттердам'], 'NLD', 31140, [
    'Rotterdam',
    'Maasvlakte',
    'Роттердам',
    '鹿特丹',
  ]),
  {
    ...port('port-antwerp', ['安特卫普港', 'Port of Antwerp', 'Порт Антверпен'], 'BEL', 0, [
      'Antwerp',
      'Antwerpen',
      'Anvers',
      'Антверпен',
      '安特卫普',
    ]),
    where: { nePort: 'Antwerpen' },
  },
  port('port-piraeus', ['比雷埃夫斯港', 'Port of Piraeus', 'Порт Пирей'], 'GRC', 42230, [
    'Piraeus',
    'Piraievs',
    'Пирей',
    '比雷埃夫斯',
  ]),
  port('port-mersin', ['梅尔辛港', 'Port of Mersin', 'Порт Мерсин'], 'TUR', 44860, [
    'Mersin',
    'Içel',
    'Мерсин',
    '梅尔辛',
  ]),
  port('port-genoa', ['热那亚港', 'Port of Genoa', 'Порт Генуя'], 'ITA', 39470, ['Genoa', 'Genova', 'Генуя', '热那亚']),
  port('port-algeciras', ['阿尔赫西拉斯港', 'Port of Algeciras', 'Порт Альхесирас'], 'ESP', 38310, [
    'Algeciras',
    'Gibraltar Strait',
    'Альхесирас',
  ]),
  port('port-said', ['塞得港', 'Port Said', 'Порт-Саид'], 'EGY', 45140, [
    'Bur Said',
    'Suez Canal',
    'Suez',
    'Порт-Саид',
    '苏伊士运河',
  ]),
  port('port-singapore', ['新加坡港', 'Port of Singapore', 'Порт Сингапур'], 'SGP', 50000, [
    'Singapore',
    'Keppel',
    'Сингапур',
    '新加坡',
  ]),
  port('port-jebel-ali', ['杰贝阿里港', 'Jebel Ali', 'Джебель-Али'], 'ARE', 48276, [
    'Dubai',
    'Mina Jebel Ali',
    'Дубай',
    '迪拜',
  ]),
  {
    ...port('port-karachi', ['卡拉奇港', 'Port of Karachi', 'Порт Карачи'], 'PAK', 0, [
      'Karachi',
      'Карачи',
      '卡拉奇',
      'Port Qasim',
    ]),
    where: { nePort: 'Karachi' },
  },
  port('port-gwadar', ['瓜达尔港', 'Port of Gwadar', 'Порт Гвадар'], 'PAK', 48590, ['Gwadar', 'Гвадар', '瓜达尔']),
  port('port-riga', ['里加港', 'Port of Riga', 'Порт Рига'], 'LVA', 28610, ['Riga', 'Рига', '里加']),
  port('port-st-petersburg', ['圣彼得堡港', 'Port of Saint Petersburg', 'Порт Санкт-Петербург'], 'RUS', 28370, [
    'St Petersburg',
    'Saint Petersburg',
    'St. Petersburg',
    'Petersburg',
    'Leningrad',
    'Санкт-Петербург',
    'Петербург',
    '圣彼得堡',
  ]),
  port('port-ust-luga', ['乌斯季卢加港', 'Port of Ust-Luga', 'Порт Усть-Луга'], 'RUS', 28410, [
    'Ust-Luga',
    'Ust Luga',
    'Усть-Луга',
    '乌斯季卢加',
  ]),
  {
    id: 'cape-of-good-hope',
    kind: 'junction',
    names: nm('好望角', 'Cape of Good Hope', 'Мыс Доброй Надежды'),
    aliases: ['Cape route', 'Kaap die Goeie Hoop', 'Cape Point'],
    countries: ['ZAF'],
    modes: ['sea'],
    status: 'operational',
    sources: [],
    where: { ref: 'wiki-cape-of-good-hope', at: [18.4739, -34.3572] },
  },
  // Crossings of the new links
  {
    id: 'suifenhe-grodekovo',
    kind: 'border_crossing',
    names: nm('绥芬河口岸', 'Suifenhe–Grodekovo', 'Суйфэньхэ–Гродеково'),
    aliases: ['Suifenhe', 'Grodekovo', 'Pogranichny', '绥芬河', 'Гродеково', 'Пограничный', 'Суйфэньхэ'],
    countries: ['CHN', 'RUS'],
    sides: [
      { country: 'CHN', name: nm('绥芬河', 'Suifenhe', 'Суйфэньхэ'), gauge: 1435 },
      { country: 'RUS', name: nm('格罗杰科沃', 'Grodekovo', 'Гродеково'), gauge: 1520 },
    ],
    modes: ['rail', 'road'],
    status: 'operational',
    sources: ['ecns-east-route-2023', 'wiki-suifenhe'],
    where: { border: ['CHN', 'RUS'], ref: 'wiki-suifenhe', at: [131.2, 44.39] },
  },
  {
    id: 'hunchun-makhalino',
    kind: 'border_crossing',
    names: nm('珲春–马哈林诺口岸', 'Hunchun–Makhalino', 'Хуньчунь–Махалино'),
    aliases: ['Makhalino', 'Kamyshovaya', 'Махалино', 'Камышовая', '马哈林诺', 'Hunchun railway port'],
    countries: ['CHN', 'RUS'],
    sides: [
      { country: 'CHN', name: nm('珲春', 'Hunchun', 'Хуньчунь'), gauge: 1435 },
      { country: 'RUS', name: nm('卡梅绍瓦亚', 'Kamyshovaya (Makhalino)', 'Камышовая (Махалино)'), gauge: 1520 },
    ],
    modes: ['rail'],
    status: 'operational',
    opened: 2013,
    sources: ['1520-makhalino-2022', 'eurailpress-makhalino-2013'],
    where: { border: ['CHN', 'RUS'], ref: 'eurailpress-makhalino-2013', at: [130.64, 42.9] },
  },
  {
    id: 'farap-alat',
    kind: 'border_crossing',
    names: nm('法拉普–阿拉特口岸', 'Farap–Alat', 'Фарап–Алат'),
    aliases: ['Farap', 'Alat (Uzbekistan)', 'Khodjadavlet', 'Hojadavlet', 'Фарап', 'Ходжадавлет', 'Алат'],
    countries: ['UZB', 'TKM'],
    sides: [
      { country: 'UZB', name: nm('阿拉特 / 霍贾达夫列特', 'Alat / Khodjadavlet', 'Алат / Ходжадавлет'), gauge: 1520 },
      { country: 'TKM', name: nm('法拉普', 'Farap', 'Фарап'), gauge: 1520 },
    ],
    modes: ['rail', 'road'],
    status: 'operational',
    sources: ['wiki-farap'],
    where: { border: ['UZB', 'TKM'], ref: 'wiki-farap', at: [63.7, 39.27] },
  },
  {
    id: 'hairatan',
    kind: 'border_crossing',
    names: nm('海拉坦（友谊桥）', 'Hairatan (Friendship Bridge)', 'Хайратон (Мост Дружбы)'),
    aliases: [
      'Hairatan',
      'Hayratan',
      'Hairaton',
      'Friendship Bridge',
      'Termez–Hairatan',
      'Хайратон',
      'Хайратан',
      '海拉坦',
    ],
    countries: ['UZB', 'AFG'],
    sides: [
      { country: 'UZB', name: nm('铁尔梅兹', 'Termez', 'Термез'), gauge: 1520 },
      { country: 'AFG', name: nm('海拉坦', 'Hairatan', 'Хайратон'), gauge: 1520 },
    ],
    modes: ['rail', 'road'],
    status: 'operational',
    opened: 1982,
    sources: ['wiki-friendship-bridge-afghanistan', 'tashkenttimes-hairatan-2024'],
    where: { border: ['UZB', 'AFG'], ref: 'wiki-friendship-bridge-afghanistan', at: [67.4286, 37.2319] },
  },
];
