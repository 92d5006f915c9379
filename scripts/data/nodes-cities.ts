// Cities and junctions of the network, and the cities the seed articles name. Coordinates come from
// Natural Earth populated places (matched by Wikidata id) unless a spec says otherwise.
import { dms } from './reference';
import { nm, type NodeSpec, type Where } from './node-kit';

interface CityOpts {
  aliases?: string[];
  kind?: NodeSpec['kind'];
  seed?: string[];
  sources?: string[];
  summary?: NodeSpec['summary'];
}

function city(
  id: string,
  names: [string, string, string],
  country: string,
  where: Where | string,
  o: CityOpts = {},
): NodeSpec {
  const at: Where = typeof where === 'string' ? { ne: where } : where;
  const sources = [...(o.seed ?? []), ...(o.sources ?? [])];
  return {
    id,
    kind: o.kind ?? 'city',
    names: nm(...names),
    aliases: o.aliases ?? [],
    countries: [country],
    modes: ['rail', 'road'],
    status: 'operational',
    ...(o.summary ? { summary: o.summary } : {}),
    ...(o.seed ? { seed: o.seed } : {}),
    sources: sources.length ? sources : ['ne-populated-places'],
    where: at,
  };
}

const S0 = ['seed-000'];
const S3 = ['seed-003'];

export const cities: NodeSpec[] = [
  city('wuhan', ['武汉', 'Wuhan', 'Ухань'], 'CHN', 'Q11746', { aliases: ['Hankou', '汉口'], seed: S3 }),
  city('xian', ['西安', 'Xi’an', 'Сиань'], 'CHN', 'Q5826', { aliases: ['Xian', "Xi'an", 'Chang’an', '长安'] }),
  city('zhengzhou', ['郑州', 'Zhengzhou', 'Чжэнчжоу'], 'CHN', 'Q30340', { seed: S0 }),
  city('chongqing', ['重庆', 'Chongqing', 'Чунцин'], 'CHN', 'Q11725', {
    aliases: ['Chungking', 'Liangjiang', '两江新区'],
    seed: S0,
  }),
  city('chengdu', ['成都', 'Chengdu', 'Чэнду'], 'CHN', 'Q30002', { seed: ['seed-000', 'seed-003'] }),
  city('lanzhou', ['兰州', 'Lanzhou', 'Ланьчжоу'], 'CHN', 'Q183584'),
  city('urumqi', ['乌鲁木齐', 'Ürümqi', 'Урумчи'], 'CHN', 'Q16959', {
    aliases: ['Urumqi', 'Urumchi', 'Ürümchi', 'Үрүмчи'],
    seed: S0,
  }),
  city('korla', ['库尔勒', 'Korla', 'Корла'], 'CHN', 'Q837425', { kind: 'junction' }),
  city('aksu', ['阿克苏', 'Aksu', 'Аксу'], 'CHN', 'Q421648'),
  city('kashgar', ['喀什', 'Kashgar', 'Кашгар'], 'CHN', 'Q170521', {
    aliases: ['Kashi', 'Qeshqer', 'Кашгар', 'Каши'],
    seed: S3,
    summary: nm(
      '南疆枢纽；2025年7月湖北首趟“中吉乌”班列在此由铁路换装公路。',
      'Southern Xinjiang hub where Hubei’s first China–Kyrgyzstan–Uzbekistan train switched from rail to road in July 2025.',
      'Узел Южного Синьцзяна, где в июле 2025 г. первый хубэйский поезд Китай–Кыргызстан–Узбекистан перешёл с железной дороги на автомобили.',
    ),
  }),
  city('beijing', ['北京', 'Beijing', 'Пекин'], 'CHN', 'Q956', {
    aliases: ['Peking'],
    seed: S0,
    summary: nm('上合组织秘书处所在地。', 'Seat of the SCO Secretariat.', 'Место пребывания Секретариата ШОС.'),
  }),
  city('tianjin', ['天津', 'Tianjin', 'Тяньцзинь'], 'CHN', 'Q11736', {
    aliases: ['Tientsin'],
    seed: S3,
    summary: nm(
      '2025年上合组织峰会举办地（海河之滨）。',
      'Host city of the 2025 SCO summit, on the Hai River.',
      'Город, где прошёл саммит ШОС 2025 г., на реке Хайхэ.',
    ),
  }),
  city(
    'jining',
    ['集宁（乌兰察布）', 'Jining (Ulanqab)', 'Цзинин (Уланчаб)'],
    'CHN',
    { neName: 'Jining', adm0: 'CHN', near: [113.08, 41.03] },
    {
      kind: 'junction',
      aliases: ['Ulanqab', 'Ulaanchab', '乌兰察布', 'Уланчаб'],
    },
  ),
  city('harbin', ['哈尔滨', 'Harbin', 'Харбин'], 'CHN', 'Q42956', { seed: S0 }),
  city('shanghai', ['上海', 'Shanghai', 'Шанхай'], 'CHN', 'Q8686', { seed: ['seed-000', 'seed-003'] }),
  city('qingdao', ['青岛', 'Qingdao', 'Циндао'], 'CHN', 'Q170322', {
    aliases: ['Tsingtao'],
    seed: ['seed-000', 'seed-003'],
  }),
  city(
    'jiaozhou',
    ['胶州', 'Jiaozhou', 'Цзяочжоу'],
    'CHN',
    { geonames: 1806096, at: [120.00333, 36.28389] },
    {
      kind: 'junction',
      aliases: ['Jiaozhou station', '胶州站', 'Qingdao Jiaozhou', 'Цзяочжоу'],
      sources: ['geonames', 'zhwiki-jiaohuang-railway', 'people-cn-cr-express-2025', 'ecns-scoda-2024'],
      summary: nm(
        '胶济铁路与通往前湾港的胶黄铁路在此交会；上合示范区的中欧班列从胶州站始发，第11万列（2025年6月）经二连浩特开往莫斯科。',
        'Where the Jiaozhou–Huangdao line to the Qianwan port terminals leaves the Qingdao–Jinan railway. The SCO demonstration area’s CR Express trains start at Jiaozhou station; the 110,000th left in June 2025 for Moscow via Erenhot.',
        'Здесь от железной дороги Циндао – Цзинань отходит линия Цзяочжоу – Хуандао к терминалам порта Цяньвань. Поезда Китай–Европа демонстрационной зоны ШОС отправляются со станции Цзяочжоу; 110-тысячный ушёл в июне 2025 г. в Москву через Эрэн-Хото.',
      ),
    },
  ),
  city('dalian', ['大连', 'Dalian', 'Далянь'], 'CHN', 'Q74881', { aliases: ['Dairen'], seed: S0 }),
  city('shenzhen', ['深圳', 'Shenzhen', 'Шэньчжэнь'], 'CHN', 'Q15174', { seed: S0 }),
  city('karamay', ['克拉玛依', 'Karamay', 'Карамай'], 'CHN', 'Q658240', { aliases: ['Kelamayi'], seed: S0 }),
  city(
    'jiangyin',
    ['江阴', 'Jiangyin', 'Цзянъинь'],
    'CHN',
    { geonames: 1815251, at: [120.26302, 31.91102] },
    { seed: S0, sources: ['geonames'] },
  ),
  city(
    'yangling',
    ['杨凌', 'Yangling', 'Янлин'],
    'CHN',
    { geonames: 1787458, at: [108.07891, 34.27173] },
    { seed: S0, sources: ['geonames'] },
  ),
  city('almaty', ['阿拉木图', 'Almaty', 'Алматы'], 'KAZ', 'Q35493', {
    aliases: ['Alma-Ata', 'Алма-Ата', 'Verny'],
    seed: S0,
  }),
  city(
    'aktogay',
    ['阿克斗卡', 'Aktogay', 'Актогай'],
    'KAZ',
    { ref: 'wiki-aktogay', at: [dms(79, 40), dms(46, 57)] },
    {
      kind: 'junction',
      aliases: ['Aqtoğai', 'Ақтоғай'],
      sources: ['wiki-aktogay'],
      summary: nm(
        '土西铁路与通往多斯特克的铁路交汇的枢纽。',
        'Junction of the Turkestan–Siberia Railway and the line to Dostyk.',
        'Узел Турксиба и линии на Достык.',
      ),
    },
  ),
  city('astana', ['阿斯塔纳', 'Astana', 'Астана'], 'KAZ', 'Q1520', {
    aliases: ['Nur-Sultan', 'Akmola', 'Tselinograd', 'Нур-Султан'],
    seed: S0,
    summary: nm(
      '哈萨克斯坦首都，2024年7月上合组织峰会举办地。',
      'Capital of Kazakhstan, host of the July 2024 SCO summit.',
      'Столица Казахстана, место саммита ШОС в июле 2024 г.',
    ),
  }),
  city('zhezkazgan', ['杰兹卡兹甘', 'Zhezkazgan', 'Жезказган'], 'KAZ', 'Q740832', {
    aliases: ['Jezkazgan', 'Zhezqazghan', 'Джезказган'],
  }),
  city('beyneu', ['贝内乌', 'Beyneu', 'Бейнеу'], 'KAZ', 'Q650715', { kind: 'junction', aliases: ['Beineu', 'Бейнеу'] }),
  city('shymkent', ['奇姆肯特', 'Shymkent', 'Шымкент'], 'KAZ', 'Q485496', { aliases: ['Chimkent', 'Чимкент'] }),
  city('zhanaozen', ['扎瑙津', 'Zhanaozen', 'Жанаозен'], 'KAZ', 'Q1000852', {
    aliases: ['Uzen', 'Novy Uzen', 'Узень', 'Zhangaozen'],
  }),
  city('osh', ['奥什', 'Osh', 'Ош'], 'KGZ', 'Q47282'),
  city('jalal-abad', ['贾拉拉巴德', 'Jalal-Abad', 'Джалал-Абад'], 'KGZ', 'Q487689', {
    aliases: ['Jalalabad', 'Djalal-Abad', 'Жалал-Абад'],
  }),
  city(
    'makmal',
    ['马克马尔', 'Makmal', 'Макмал'],
    'KGZ',
    { geonames: 1528005, at: [74.02828, 41.40452] },
    {
      aliases: ['Makmal gold mine', 'Макмалзолото', 'Kazarman', 'Казарман', 'Toguz-Toro'],
      sources: ['geonames', 'eo-miners-makmal', 'trend-cku-railway-2024'],
      summary: nm(
        '中吉乌铁路途经的托古兹托罗区金矿地。未找到该地的公开坐标，图上标在区中心卡扎尔曼。',
        'Gold-mining place in Toguz-Toro District on the China–Kyrgyzstan–Uzbekistan railway route. No published coordinate was found, so it is shown at Kazarman, the district seat.',
        'Золотодобывающий пункт в Тогуз-Тороуском районе на трассе железной дороги Китай–Кыргызстан–Узбекистан. Координат не найдено; показан в райцентре Казарман.',
      ),
    },
  ),
  city('bishkek', ['比什凯克', 'Bishkek', 'Бишкек'], 'KGZ', 'Q9361', { aliases: ['Frunze', 'Фрунзе'] }),
  city('andijan', ['安集延', 'Andijan', 'Андижан'], 'UZB', 'Q487656', { aliases: ['Andijon', 'Андижон'] }),
  city('tashkent', ['塔什干', 'Tashkent', 'Ташкент'], 'UZB', 'Q269', {
    aliases: ['Toshkent', 'Тошкент'],
    seed: ['seed-003', 'seed-000'],
    summary: nm(
      '乌兹别克斯坦首都，上合组织地区反恐机构执委会所在地，湖北“中吉乌”班列终点。',
      'Capital of Uzbekistan, seat of the SCO Regional Anti-Terrorist Structure and destination of Hubei’s CKU train.',
      'Столица Узбекистана, место пребывания РАТС ШОС и конечный пункт хубэйского поезда Китай–Кыргызстан–Узбекистан.',
    ),
  }),
  city('angren', ['安格连', 'Angren', 'Ангрен'], 'UZB', 'Q542966'),
  city(
    'pap',
    ['帕普', 'Pap', 'Пап'],
    'UZB',
    { ref: 'wiki-pop-namangan', at: [dms(71, 7), dms(40, 52)] },
    {
      kind: 'junction',
      aliases: ['Pop', 'Поп'],
      sources: ['wiki-pop-namangan'],
      summary: nm(
        '安格连—帕普铁路与浩罕—纳曼干铁路交汇处。',
        'Where the Angren–Pap railway meets the Kokand–Namangan line.',
        'Место, где линия Ангрен – Пап сходится с линией Коканд – Наманган.',
      ),
    },
  ),
  city('bukhara', ['布哈拉', 'Bukhara', 'Бухара'], 'UZB', 'Q5764', { aliases: ['Buxoro', 'Бухоро'] }),
  city('dushanbe', ['杜尚别', 'Dushanbe', 'Душанбе'], 'TJK', 'Q9365', { aliases: ['Stalinabad'] }),
  city('ashgabat', ['阿什哈巴德', 'Ashgabat', 'Ашхабад'], 'TKM', 'Q23438', { aliases: ['Aşgabat', 'Ashkhabad'] }),
  city('baku', ['巴库', 'Baku', 'Баку'], 'AZE', 'Q9248', { aliases: ['Bakı'] }),
  city('tbilisi', ['第比利斯', 'Tbilisi', 'Тбилиси'], 'GEO', 'Q994', { aliases: ['Tiflis', 'თბილისი'] }),
  city('kars', ['卡尔斯', 'Kars', 'Карс'], 'TUR', 'Q127063'),
  city('istanbul', ['伊斯坦布尔', 'Istanbul', 'Стамбул'], 'TUR', 'Q406', { aliases: ['İstanbul', 'Constantinople'] }),
  city('rasht', ['拉什特', 'Rasht', 'Решт'], 'IRN', 'Q178373', { aliases: ['رشت'] }),
  city('qazvin', ['加兹温', 'Qazvin', 'Казвин'], 'IRN', 'Q181578', { aliases: ['Kazvin', 'قزوین'] }),
  city('tehran', ['德黑兰', 'Tehran', 'Тегеран'], 'IRN', 'Q3616', { aliases: ['Teheran', 'تهران'] }),
  city('gorgan', ['戈尔甘', 'Gorgan', 'Горган'], 'IRN', 'Q188155', { aliases: ['Gorgon', 'گرگان'] }),
  city('mashhad', ['马什哈德', 'Mashhad', 'Мешхед'], 'IRN', 'Q121157', { aliases: ['Meshed', 'مشهد'] }),
  city('moscow', ['莫斯科', 'Moscow', 'Москва'], 'RUS', 'Q649', { aliases: ['Moskva'] }),
  city('kazan', ['喀山', 'Kazan', 'Казань'], 'RUS', 'Q900', {
    seed: S0,
    summary: nm(
      '2024年金砖国家领导人第十六次会晤举办地。',
      'Host of the 16th BRICS summit in 2024.',
      'Место XVI саммита БРИКС в 2024 г.',
    ),
  }),
  city('yekaterinburg', ['叶卡捷琳堡', 'Yekaterinburg', 'Екатеринбург'], 'RUS', 'Q887', {
    aliases: ['Ekaterinburg', 'Sverdlovsk'],
  }),
  city('novosibirsk', ['新西伯利亚', 'Novosibirsk', 'Новосибирск'], 'RUS', 'Q883'),
  city('irkutsk', ['伊尔库茨克', 'Irkutsk', 'Иркутск'], 'RUS', 'Q6576'),
  city('ulan-ude', ['乌兰乌德', 'Ulan-Ude', 'Улан-Удэ'], 'RUS', 'Q6816', { aliases: ['Ulan Ude', 'Verkhneudinsk'] }),
  city('chita', ['赤塔', 'Chita', 'Чита'], 'RUS', 'Q53139'),
  city('khabarovsk', ['哈巴罗夫斯克', 'Khabarovsk', 'Хабаровск'], 'RUS', 'Q4454', { aliases: ['伯力'] }),
  city('samara', ['萨马拉', 'Samara', 'Самара'], 'RUS', 'Q894', { aliases: ['Kuybyshev'] }),
  city('orenburg', ['奥伦堡', 'Orenburg', 'Оренбург'], 'RUS', 'Q5337'),
  city('ulaanbaatar', ['乌兰巴托', 'Ulaanbaatar', 'Улан-Батор'], 'MNG', 'Q23430', {
    aliases: ['Ulan Bator', 'Улаанбаатар'],
  }),
  city('minsk', ['明斯克', 'Minsk', 'Минск'], 'BLR', 'Q2280', { aliases: ['Мінск'] }),
  city('warsaw', ['华沙', 'Warsaw', 'Варшава'], 'POL', 'Q270', { aliases: ['Warszawa'] }),
  city(
    'new-delhi',
    ['新德里', 'New Delhi', 'Нью-Дели'],
    'IND',
    { geonames: 1261481, at: [77.22445, 28.63576] },
    {
      aliases: ['Delhi', 'नई दिल्ली'],
      seed: S3,
      sources: ['geonames'],
    },
  ),
];
