// The student's glossary: the words of corridor logistics in Chinese, English and Russian, each with a short
// explanation written for the atlas and the public reference it rests on. `forms` are the written forms marked in
// texts and found by search (the name first); longer forms are matched before shorter ones.
import type { Lang } from '../data/schema';

export interface TermSource {
  title: string;
  publisher: string;
  url: string;
  /** Publication date of the reference (year, or year-month). */
  date: string;
}

export interface Term {
  id: string;
  forms: Record<Lang, string[]>;
  text: Record<Lang, string>;
  source: TermSource;
}

const WIKI = (title: string, path: string): TermSource => ({
  title,
  publisher: 'Wikipedia',
  url: `https://en.wikipedia.org/wiki/${path}`,
  date: '2025',
});

export const TERMS: readonly Term[] = [
  {
    id: 'break-of-gauge',
    forms: {
      en: ['break of gauge', 'gauge change'],
      zh: ['换轨', '换装', '轨距转换'],
      ru: ['смена колеи', 'перестановка тележек'],
    },
    text: {
      en: 'A place where railways of two track gauges meet. Goods cannot roll through: containers are lifted between trains, or the wagons get new bogies.',
      zh: '两种不同轨距的铁路相接之处。列车不能直接通过：集装箱要在两列火车之间吊装，或为车厢更换转向架。',
      ru: 'Место, где встречаются железные дороги разной ширины колеи. Поезд не может проехать дальше: контейнеры перегружают с поезда на поезд или меняют тележки вагонов.',
    },
    source: WIKI('Break of gauge', 'Break_of_gauge'),
  },
  {
    id: 'gauge-1435',
    forms: {
      en: ['1,435 mm', '1435 mm', 'standard gauge'],
      zh: ['1435毫米', '1435 毫米', '标准轨距', '标准轨'],
      ru: ['1435 мм', 'стандартная колея', 'европейская колея'],
    },
    text: {
      en: 'Standard gauge: 1,435 mm between the rails. Used in China, Iran, Türkiye and most of Europe.',
      zh: '标准轨距：两条钢轨之间 1435 毫米。中国、伊朗、土耳其和欧洲大部分地区使用。',
      ru: 'Стандартная колея: 1435 мм между рельсами. Применяется в Китае, Иране, Турции и большей части Европы.',
    },
    source: WIKI('Standard-gauge railway', 'Standard-gauge_railway'),
  },
  {
    id: 'gauge-1520',
    forms: {
      en: ['1,520 mm', '1520 mm', 'broad gauge', 'Russian gauge'],
      zh: ['1520毫米', '1520 毫米', '宽轨'],
      ru: ['1520 мм', 'широкая колея'],
    },
    text: {
      en: 'The broad gauge of the former Soviet railways: 1,520 mm. Used in Russia, Kazakhstan, Central Asia, the Caucasus, Belarus and Mongolia.',
      zh: '前苏联铁路的宽轨：1520 毫米。俄罗斯、哈萨克斯坦、中亚、高加索、白俄罗斯和蒙古使用。',
      ru: 'Широкая колея бывших советских железных дорог: 1520 мм. Применяется в России, Казахстане, Средней Азии, на Кавказе, в Беларуси и Монголии.',
    },
    source: WIKI('Russian gauge', 'Russian_gauge'),
  },
  {
    id: 'gauge-1676',
    forms: {
      en: ['1,676 mm', '1676 mm', 'Indian gauge'],
      zh: ['1676毫米', '1676 毫米'],
      ru: ['1676 мм', 'индийская колея'],
    },
    text: {
      en: 'The broad gauge of India and Pakistan: 1,676 mm, wider than the Russian gauge.',
      zh: '印度和巴基斯坦的宽轨：1676 毫米，比俄罗斯轨距更宽。',
      ru: 'Широкая колея Индии и Пакистана: 1676 мм, шире российской.',
    },
    source: WIKI('5 ft 6 in gauge railway', '5_ft_6_in_gauge_railway'),
  },
  {
    id: 'dry-port',
    forms: { en: ['dry port', 'inland port'], zh: ['无水港', '陆港', '内陆港'], ru: ['сухой порт'] },
    text: {
      en: 'An inland terminal linked to seaports by rail or road, where goods are cleared through customs and handled as in a port.',
      zh: '通过铁路或公路与海港相连的内陆货运站，货物可在此报关并像在港口一样装卸。',
      ru: 'Внутренний терминал, связанный с морскими портами железной или автодорогой; грузы проходят таможню и обрабатываются как в порту.',
    },
    source: {
      title: 'Intergovernmental Agreement on Dry Ports',
      publisher: 'UN ESCAP',
      url: 'https://www.unescap.org/resources/intergovernmental-agreement-dry-ports',
      date: '2013',
    },
  },
  {
    id: 'transshipment',
    forms: { en: ['transshipment', 'transhipment'], zh: ['转运', '换装转运', '中转'], ru: ['перевалка', 'перегрузка'] },
    text: {
      en: 'Moving goods from one vehicle to another on the way: from train to ship, ship to train, or between trains.',
      zh: '货物在途中从一种运载工具转到另一种：从火车到船、从船到火车，或在列车之间。',
      ru: 'Перемещение груза в пути с одного транспортного средства на другое: с поезда на судно, с судна на поезд или между поездами.',
    },
    source: WIKI('Transshipment', 'Transshipment'),
  },
  {
    id: 'teu',
    forms: {
      en: ['TEU', 'twenty-foot equivalent unit'],
      zh: ['标准箱', '标箱', 'TEU'],
      ru: ['ДФЭ', 'TEU', 'двадцатифутовый эквивалент'],
    },
    text: {
      en: 'Twenty-foot equivalent unit: the size of one 20-foot container, the yardstick for container traffic. A 40-foot container counts as two.',
      zh: '二十英尺当量单位：一个 20 英尺集装箱，是集装箱运量的计量单位。一个 40 英尺集装箱算两个。',
      ru: 'Двадцатифутовый эквивалент: размер одного 20-футового контейнера, мера контейнерных перевозок. 40-футовый контейнер считается за два.',
    },
    source: WIKI('Twenty-foot equivalent unit', 'Twenty-foot_equivalent_unit'),
  },
  {
    id: 'feu',
    forms: {
      en: ['FEU', 'forty-foot equivalent unit'],
      zh: ['FEU', '四十英尺箱'],
      ru: ['FEU', 'сорокафутовый эквивалент'],
    },
    text: {
      en: 'Forty-foot equivalent unit: one 40-foot container, equal to two TEU. Most China–Europe trains carry 40-foot boxes.',
      zh: '四十英尺当量单位：一个 40 英尺集装箱，等于两个标准箱。中欧班列多装 40 英尺箱。',
      ru: 'Сорокафутовый эквивалент: один 40-футовый контейнер, равный двум ДФЭ.',
    },
    source: WIKI('Forty-foot equivalent unit', 'Forty-foot_equivalent_unit'),
  },
  {
    id: 'block-train',
    forms: {
      en: ['block train', 'container train'],
      zh: ['班列', '集装箱班列', '直达班列'],
      ru: ['контейнерный поезд', 'маршрутный поезд', 'ускоренный поезд'],
    },
    text: {
      en: 'A train whose wagons all run together from origin to destination without being split up in marshalling yards, on a timetable.',
      zh: '所有车厢从始发站一起开到终点站、途中不在编组站解编、按班期运行的列车。',
      ru: 'Поезд, все вагоны которого идут вместе от станции отправления до назначения без переформирования на сортировочных станциях, по расписанию.',
    },
    source: WIKI('Block train', 'Block_train'),
  },
  {
    id: 'caspian-ferry',
    forms: {
      en: ['trans-Caspian ferry', 'Caspian ferry'],
      zh: ['跨里海轮渡', '里海轮渡'],
      ru: ['паром через Каспий', 'каспийский паром', 'Транскаспийский паром'],
    },
    text: {
      en: 'Rail and truck ferries across the Caspian Sea between Aktau or Kuryk (Kazakhstan), Turkmenbashi (Turkmenistan) and Alat near Baku (Azerbaijan): the sea leg of the Middle Corridor.',
      zh: '横跨里海的火车和卡车轮渡，往来于哈萨克斯坦的阿克套或库里克、土库曼斯坦的土库曼巴希与阿塞拜疆巴库附近的阿拉特：中间走廊的海上一段。',
      ru: 'Железнодорожные и автомобильные паромы через Каспийское море между Актау или Куриком (Казахстан), Туркменбаши (Туркменистан) и Алятом под Баку (Азербайджан): морской участок Среднего коридора.',
    },
    source: {
      title: 'Trans-Caspian International Transport Route',
      publisher: 'TITR International Association',
      url: 'https://middlecorridor.com/en/',
      date: '2024',
    },
  },
  {
    id: 'sco',
    forms: {
      en: ['SCO', 'Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization'],
      zh: ['上合组织', '上海合作组织', '上合'],
      ru: ['ШОС', 'Шанхайская организация сотрудничества'],
    },
    text: {
      en: 'Shanghai Cooperation Organisation, founded in 2001: China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan, India, Pakistan, Iran and Belarus are members.',
      zh: '上海合作组织，2001 年成立；成员国有中国、俄罗斯、哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦、乌兹别克斯坦、印度、巴基斯坦、伊朗和白俄罗斯。',
      ru: 'Шанхайская организация сотрудничества, основана в 2001 году; члены: Китай, Россия, Казахстан, Киргизия, Таджикистан, Узбекистан, Индия, Пакистан, Иран и Беларусь.',
    },
    source: {
      title: 'Shanghai Cooperation Organisation: official site',
      publisher: 'SCO Secretariat',
      url: 'https://eng.sectsco.org/',
      date: '2025',
    },
  },
  {
    id: 'instc',
    forms: {
      en: ['INSTC', 'International North–South Transport Corridor', 'North–South corridor'],
      zh: ['南北国际运输走廊', '南北走廊'],
      ru: ['МТК «Север — Юг»', 'Север — Юг', 'Север–Юг'],
    },
    text: {
      en: 'International North–South Transport Corridor, agreed by Russia, Iran and India in 2000: rail, road and sea links from Russia through the Caucasus, the Caspian or Central Asia to Iran and on by sea to India.',
      zh: '南北国际运输走廊，2000 年由俄罗斯、伊朗和印度商定：从俄罗斯经高加索、里海或中亚到伊朗，再经海路到印度的铁路、公路和海运通道。',
      ru: 'Международный транспортный коридор «Север — Юг», согласованный Россией, Ираном и Индией в 2000 году: железные и автодороги и морские линии из России через Кавказ, Каспий или Среднюю Азию в Иран и далее морем в Индию.',
    },
    source: WIKI(
      'International North–South Transport Corridor',
      'International_North%E2%80%93South_Transport_Corridor',
    ),
  },
  {
    id: 'titr',
    forms: {
      en: ['TITR', 'Middle Corridor', 'Trans-Caspian International Transport Route'],
      zh: ['中间走廊', '跨里海国际运输路线'],
      ru: ['ТМТМ', 'Средний коридор', 'Транскаспийский международный транспортный маршрут'],
    },
    text: {
      en: 'Trans-Caspian International Transport Route, or Middle Corridor: from China through Kazakhstan, across the Caspian Sea, through Azerbaijan and Georgia to Türkiye and Europe, avoiding Russia.',
      zh: '跨里海国际运输路线，又称中间走廊：从中国经哈萨克斯坦，横渡里海，经阿塞拜疆和格鲁吉亚到土耳其和欧洲，不经过俄罗斯。',
      ru: 'Транскаспийский международный транспортный маршрут, или Средний коридор: из Китая через Казахстан, Каспийское море, Азербайджан и Грузию в Турцию и Европу в обход России.',
    },
    source: {
      title: 'Trans-Caspian International Transport Route',
      publisher: 'TITR International Association',
      url: 'https://middlecorridor.com/en/',
      date: '2024',
    },
  },
  {
    id: 'belt-and-road',
    forms: {
      en: ['Belt and Road', 'Belt and Road Initiative', 'BRI'],
      zh: ['一带一路', '“一带一路”'],
      ru: ['«Пояс и путь»', 'Пояс и путь', 'Один пояс, один путь'],
    },
    text: {
      en: 'China’s Belt and Road Initiative, announced in 2013: the Silk Road Economic Belt over land and the 21st-Century Maritime Silk Road by sea, financing ports, railways and roads.',
      zh: '中国于 2013 年提出的“一带一路”倡议：陆上的丝绸之路经济带和海上的 21 世纪海上丝绸之路，投资港口、铁路和公路。',
      ru: 'Инициатива Китая «Пояс и путь», объявленная в 2013 году: сухопутный Экономический пояс Шёлкового пути и Морской Шёлковый путь XXI века, финансирование портов, железных и автодорог.',
    },
    source: {
      title: 'Belt and Road Portal',
      publisher: 'Office of the Leading Group for the Belt and Road Initiative',
      url: 'https://www.yidaiyilu.gov.cn/',
      date: '2025',
    },
  },
  {
    id: 'bonded-zone',
    forms: {
      en: ['bonded zone', 'free trade zone', 'bonded area'],
      zh: ['保税区', '综合保税区', '自由贸易区', '自贸区'],
      ru: ['свободная экономическая зона', 'таможенная зона', 'бондовая зона'],
    },
    text: {
      en: 'An area under customs control where goods may be stored, processed and re-exported without paying import duties until they enter the country.',
      zh: '处于海关监管下的区域：货物可在此存储、加工和转口，进入境内之前无需缴纳进口关税。',
      ru: 'Территория под таможенным контролем, где товары можно хранить, перерабатывать и реэкспортировать без уплаты ввозных пошлин до их ввоза в страну.',
    },
    source: WIKI('Free-trade zone', 'Free-trade_zone'),
  },
  {
    id: 'cr-express',
    forms: {
      en: ['China–Europe Railway Express', 'CR Express', 'China Railway Express'],
      zh: ['中欧班列'],
      ru: ['Китай — Европа', 'China Railway Express'],
    },
    text: {
      en: 'The brand of scheduled container trains between Chinese cities and Europe or Central Asia, run since 2011 under China Railway.',
      zh: '中国城市与欧洲或中亚之间定期开行的集装箱班列品牌，自 2011 年起由中国国家铁路集团统一运营。',
      ru: 'Бренд регулярных контейнерных поездов между городами Китая и Европой или Средней Азией, с 2011 года под управлением Китайских железных дорог.',
    },
    source: WIKI('China Railway Express', 'China_Railway_Express'),
  },
  {
    id: 'nsr',
    forms: {
      en: ['Northern Sea Route'],
      zh: ['北方海航道', '北极航道', '北极东北航道'],
      ru: ['Северный морской путь', 'СМП'],
    },
    text: {
      en: 'The shipping route along Russia’s Arctic coast from the Kara Sea to the Bering Strait, open to ordinary ships mainly from July to November.',
      zh: '沿俄罗斯北极海岸、从喀拉海到白令海峡的航线，普通船舶主要在 7 月至 11 月通航。',
      ru: 'Морской путь вдоль арктического побережья России от Карского моря до Берингова пролива; для обычных судов открыт в основном с июля по ноябрь.',
    },
    source: WIKI('Northern Sea Route', 'Northern_Sea_Route'),
  },
  {
    id: 'border-crossing',
    forms: {
      en: ['border crossing', 'checkpoint'],
      zh: ['口岸', '陆路口岸', '过境口岸'],
      ru: ['пункт пропуска', 'погранпереход'],
    },
    text: {
      en: 'A place where goods and people cross a state border under customs, border-guard and inspection control; trains and trucks often wait here.',
      zh: '货物和人员在海关、边防和检验监管下跨越国界的地点；火车和卡车常在此等待。',
      ru: 'Место пересечения государственной границы под таможенным, пограничным и иным контролем; поезда и грузовики часто ждут здесь.',
    },
    source: WIKI('Border checkpoint', 'Border_checkpoint'),
  },
  {
    id: 'multimodal',
    forms: {
      en: ['multimodal', 'intermodal'],
      zh: ['多式联运', '联运'],
      ru: ['мультимодальный', 'интермодальный', 'смешанные перевозки'],
    },
    text: {
      en: 'Carriage by at least two modes (rail, road, sea) under one contract, usually in the same container from start to end.',
      zh: '依据一份合同、至少使用两种运输方式（铁路、公路、海运）的运输，通常同一个集装箱从头运到尾。',
      ru: 'Перевозка не менее чем двумя видами транспорта (железная дорога, автодорога, море) по одному договору, обычно в одном контейнере от начала до конца.',
    },
    source: {
      title: 'UNCTAD/ICC Rules for Multimodal Transport Documents',
      publisher: 'UNCTAD',
      url: 'https://unctad.org/topic/transport-and-trade-logistics/policy-and-legislation/multimodal-transport',
      date: '1992',
    },
  },
  {
    id: 'eaeu',
    forms: {
      en: ['EAEU', 'Eurasian Economic Union'],
      zh: ['欧亚经济联盟'],
      ru: ['ЕАЭС', 'Евразийский экономический союз'],
    },
    text: {
      en: 'Eurasian Economic Union of Russia, Kazakhstan, Belarus, Armenia and Kyrgyzstan, with one customs territory: goods cross its inner borders without customs clearance.',
      zh: '由俄罗斯、哈萨克斯坦、白俄罗斯、亚美尼亚和吉尔吉斯斯坦组成的欧亚经济联盟，为统一关境：货物跨越其内部边界无需报关。',
      ru: 'Евразийский экономический союз России, Казахстана, Беларуси, Армении и Киргизии с единой таможенной территорией: товары пересекают внутренние границы без таможенного оформления.',
    },
    source: {
      title: 'Eurasian Economic Commission',
      publisher: 'Eurasian Economic Commission',
      url: 'https://eec.eaeunion.org/en/',
      date: '2025',
    },
  },
  {
    id: 'gauge',
    forms: {
      en: ['track gauge', 'gauges', 'gauge'],
      zh: ['轨距'],
      ru: ['ширина колеи', 'колея', 'колеи', 'колеям', 'колеями', 'колею'],
    },
    text: {
      en: 'The distance between the inner sides of the two rails. Trains of one gauge cannot run on another without new wheels or bogies.',
      zh: '两条钢轨内侧之间的距离。一种轨距的列车不换轮对或转向架就不能在另一种轨距上运行。',
      ru: 'Расстояние между внутренними гранями двух рельсов. Поезд одной колеи не может идти по другой без смены колёсных пар или тележек.',
    },
    source: WIKI('Track gauge', 'Track_gauge'),
  },
  {
    id: 'container',
    forms: {
      en: ['containers', 'container'],
      zh: ['集装箱'],
      ru: ['контейнеры', 'контейнеров', 'контейнер', 'контейнерах'],
    },
    text: {
      en: 'A standard steel box (ISO 668), 20 or 40 feet long, that moves between ships, trains and trucks without its cargo being unpacked.',
      zh: '符合 ISO 668 标准的钢制箱体，长 20 或 40 英尺，可在船舶、火车和卡车之间转运而不拆箱。',
      ru: 'Стандартный стальной ящик (ISO 668) длиной 20 или 40 футов; переходит с судна на поезд и грузовик без распаковки груза.',
    },
    source: WIKI('Intermodal container', 'Intermodal_container'),
  },
];

export const termById = new Map(TERMS.map((t) => [t.id, t]));
