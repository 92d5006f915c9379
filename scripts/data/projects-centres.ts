// Centres, platforms, bases and digital links named in the seeds. Most are institutions in a city; where
// the article names only the city, the point is the city (the summary says so).
import { nm } from './node-kit';
import { gn, node, point, points, type ProjectSpec } from './project-kit';

type Kind = ProjectSpec['kind'];
interface Centre {
  id: string;
  kind: Kind;
  names: [string, string, string];
  aliases?: string[];
  countries: string[];
  status?: ProjectSpec['status'];
  opened?: number;
  summary: [string, string, string];
  at: ProjectSpec['geometry'];
  located: string;
  seed: string[];
  sources?: string[];
  figures?: ProjectSpec['figures'];
  improves?: string[];
  partners?: string[];
}

const centre = (c: Centre): ProjectSpec => ({
  id: c.id,
  kind: c.kind,
  names: nm(...c.names),
  aliases: c.aliases ?? [],
  countries: c.countries,
  status: c.status ?? 'operational',
  ...(c.opened ? { opened: c.opened } : {}),
  summary: nm(...c.summary),
  figures: c.figures ?? [],
  partners: c.partners ?? [],
  improves: c.improves ?? [],
  seed: c.seed,
  sources: [...c.seed, ...(c.sources ?? [])],
  located: c.located,
  geometry: c.at,
});

const S0 = ['seed-000'];
const S3 = ['seed-003'];
const NEP = 'ne-populated-places';

export const centres: () => ProjectSpec[] = () => [
  centre({
    id: 'sco-big-data-centre-karamay',
    kind: 'digital',
    names: [
      '中国—上海合作组织大数据合作中心（新疆）分中心',
      'China–SCO Big Data Cooperation Center, Xinjiang sub-centre (Karamay)',
      'Китайско-шосовский центр сотрудничества в области больших данных, синьцзянский филиал (Карамай)',
    ],
    aliases: ['SCO Big Data Center Karamay', '上合大数据中心克拉玛依'],
    countries: ['CHN'],
    status: 'planned',
    summary: [
      '中国信息通信研究院与克拉玛依市签约共建的首个地方分中心（大数据合作中心2023年5月启用）。',
      'First local sub-centre of the China–SCO Big Data Cooperation Center (opened May 2023), agreed between CAICT and Karamay city.',
      'Первый региональный филиал центра больших данных Китай – ШОС (открыт в мае 2023 г.), соглашение CAICT и Карамая.',
    ],
    at: point(node('karamay')),
    located: NEP,
    seed: S0,
    partners: ['China Academy of Information and Communications Technology', 'Karamay city'],
  }),
  centre({
    id: 'tech-transfer-jiangyin',
    kind: 'science',
    names: [
      '中国—上合组织技术转移中心江阴协同中心',
      'China–SCO Technology Transfer Center, Jiangyin coordination centre',
      'Китайско-шосовский центр трансфера технологий, координационный центр Цзянъинь',
    ],
    countries: ['CHN'],
    summary: [
      '2020年设立的中国—上合组织技术转移中心的协同中心之一。',
      'One of the coordination centres of the China–SCO Technology Transfer Center set up in 2020.',
      'Один из координационных центров китайско-шосовского центра трансфера технологий (создан в 2020 г.).',
    ],
    at: point(node('jiangyin')),
    located: 'geonames',
    seed: S0,
  }),
  centre({
    id: 'tech-transfer-west-coast',
    kind: 'science',
    names: [
      '中国—上海合作组织技术转移中心西海岸中心',
      'China–SCO Technology Transfer Center, West Coast centre (Qingdao)',
      'Китайско-шосовский центр трансфера технологий, центр Западного побережья (Циндао)',
    ],
    countries: ['CHN'],
    summary: [
      '技术转移中心在青岛西海岸新区的中心，图上标在青岛市。',
      'The transfer centre’s site in Qingdao’s West Coast New Area; shown at Qingdao.',
      'Площадка центра в Новом районе Западного побережья Циндао; показана в Циндао.',
    ],
    at: point(node('qingdao')),
    located: NEP,
    seed: S0,
  }),
  centre({
    id: 'tech-transfer-belarus',
    kind: 'science',
    names: [
      '中国—上合组织技术转移中心白俄罗斯协同中心',
      'China–SCO Technology Transfer Center, Belarus coordination centre',
      'Китайско-шосовский центр трансфера технологий, белорусский координационный центр',
    ],
    countries: ['BLR'],
    summary: [
      '技术转移中心在白俄罗斯的协同中心；文章未写明城市，图上标在明斯克。',
      'The transfer centre’s coordination centre in Belarus; the article names no city, so it is shown at Minsk.',
      'Координационный центр в Беларуси; город в статье не назван, показан в Минске.',
    ],
    at: point(node('minsk')),
    located: NEP,
    seed: S0,
  }),
  centre({
    id: 'ru-medical-standards-changping',
    kind: 'science',
    names: [
      '中俄医药健康标准转化中心',
      'China–Russia Medical and Health Standards Conversion Center (Changping)',
      'Китайско-российский центр гармонизации стандартов в медицине (Чанпин)',
    ],
    countries: ['CHN'],
    opened: 2023,
    summary: [
      '2023年4月由北京市昌平区、清华大学俄罗斯研究院和北京市药品检验研究院共建。',
      'Set up in April 2023 by Beijing’s Changping district, Tsinghua University’s Institute of Russian Studies and the Beijing Institute for Drug Control.',
      'Создан в апреле 2023 г. районом Чанпин, Институтом России Университета Цинхуа и Пекинским институтом контроля лекарств.',
    ],
    at: point(gn(2038154, 116.23471, 40.21612)),
    located: 'geonames',
    seed: S0,
    sources: ['geonames'],
  }),
  centre({
    id: 'urumqi-china-russia-lab',
    kind: 'science',
    names: [
      '乌鲁木齐市中俄联合实验室',
      'Urumqi China–Russia joint laboratory',
      'Китайско-российская совместная лаборатория в Урумчи',
    ],
    countries: ['CHN'],
    opened: 2024,
    summary: [
      '2024年9月运行，聚焦先进电工材料与装备，两款绝缘电磁线新材料进入中试。',
      'Running since September 2024 on electrical materials and equipment; two insulated magnet-wire materials reached pilot production.',
      'Работает с сентября 2024 г. над электротехническими материалами; два новых материала для обмоточных проводов вышли на опытное производство.',
    ],
    at: point(node('urumqi')),
    located: NEP,
    seed: S0,
  }),
  centre({
    id: 'xinjiang-eurasia-commodity-exchange',
    kind: 'other',
    names: [
      '新疆亚欧国际物资交易中心',
      'Xinjiang Eurasia International Commodity Exchange Center',
      'Синьцзянский евразийский международный центр товарной торговли',
    ],
    countries: ['CHN'],
    summary: [
      '发起“中国—上合组织商品交易所合作平台”论坛，11个国家和地区的交易所参加；图上标在乌鲁木齐。',
      'Initiated the China–SCO commodity exchange cooperation forum with exchanges from 11 countries and regions; shown at Urumqi.',
      'Инициатор форума сотрудничества товарных бирж Китай – ШОС (биржи 11 стран и регионов); показан в Урумчи.',
    ],
    at: point(node('urumqi')),
    located: NEP,
    seed: S0,
  }),
  centre({
    id: 'harbin-ice-snow-zone',
    kind: 'other',
    names: [
      '（哈尔滨）中国—上海合作组织冰雪体育示范区',
      'China–SCO Ice and Snow Sports Demonstration Zone (Harbin)',
      'Демонстрационная зона зимних видов спорта Китай – ШОС (Харбин)',
    ],
    countries: ['CHN'],
    summary: [
      '重点发展冰雪赛事、冰雪产业集群和人才交流。',
      'Focused on winter sports events, the ice-and-snow industry and training exchanges.',
      'Зимние соревнования, индустрия зимнего спорта и обмен кадрами.',
    ],
    at: point(node('harbin')),
    located: NEP,
    seed: S0,
  }),
  centre({
    id: 'shanghai-judicial-base',
    kind: 'other',
    names: [
      '（上海）中国—上海合作组织国际司法交流合作培训基地',
      'China–SCO International Judicial Exchange and Training Base (Shanghai)',
      'База ШОС по международному судебному обмену и подготовке кадров (Шанхай)',
    ],
    countries: ['CHN'],
    summary: [
      '协助成员国培训司法人才。',
      'Trains judicial staff for member states.',
      'Обучает судебные кадры государств-членов.',
    ],
    at: point(node('shanghai')),
    located: NEP,
    seed: S0,
  }),
  centre({
    id: 'chongqing-sco-trade-platform',
    kind: 'other',
    names: [
      '上海合作组织国家多功能经贸平台',
      'SCO Countries Multifunctional Economic and Trade Platform (Chongqing)',
      'Многофункциональная торгово-экономическая платформа стран ШОС (Чунцин)',
    ],
    aliases: ['Liangjiang New Area', '两江新区'],
    countries: ['CHN'],
    summary: [
      '由上合组织实业家委员会与重庆两江新区管委会共建的非营利平台，融合数字经济与传统经济。',
      'Non-profit platform set up by the SCO Business Council and Chongqing’s Liangjiang New Area, blending digital and traditional trade.',
      'Некоммерческая платформа Делового совета ШОС и нового района Лянцзян (Чунцин).',
    ],
    at: point(node('chongqing')),
    located: NEP,
    seed: S0,
  }),
  centre({
    id: 'sco-eco-innovation-base',
    kind: 'science',
    names: [
      '中国—上海合作组织生态环保创新基地',
      'China–SCO Ecological and Environmental Innovation Base',
      'Китайско-шосовская база экологических инноваций',
    ],
    countries: ['CHN'],
    status: 'under_construction',
    summary: [
      '在上海和青岛两地建设，推广生态环保技术与管理经验；2025年8月生态环境部称中方正在推动建设。',
      'Sites in Shanghai and Qingdao to spread environmental technology and management practice; in August 2025 China’s environment ministry said it was still being built up.',
      'Площадки в Шанхае и Циндао для распространения экологических технологий; в августе 2025 г. Минэкологии КНР сообщало, что база ещё создаётся.',
    ],
    at: points(node('shanghai'), node('qingdao')),
    located: NEP,
    seed: ['seed-000', 'seed-003'],
  }),
  centre({
    id: 'sco-telemedicine-xinjiang',
    kind: 'digital',
    names: [
      '上海合作组织远程医疗平台新疆中心',
      'SCO Telemedicine Platform, Xinjiang centre',
      'Синьцзянский центр платформы телемедицины ШОС',
    ],
    countries: ['CHN'],
    summary: [
      '建立跨境医疗合作联盟，为周边国家患者提供医疗服务；文章未写明城市，图上标在乌鲁木齐。',
      'Runs a cross-border medical alliance serving patients from neighbouring countries; the article names no city, so it is shown at Urumqi.',
      'Трансграничный медицинский альянс для пациентов из соседних стран; город не назван, показан в Урумчи.',
    ],
    at: point(node('urumqi')),
    located: NEP,
    seed: S0,
  }),
  centre({
    id: 'russian-export-center-china',
    kind: 'other',
    names: [
      '俄罗斯出口中心上海办事处和大连合作中心',
      'Russian Export Center offices in Shanghai and Dalian',
      'Представительства Российского экспортного центра в Шанхае и Даляне',
    ],
    countries: ['CHN', 'RUS'],
    summary: [
      '俄罗斯出口中心在上海设办事处、在大连设合作中心，推动非能源产品对华出口。',
      'The Russian Export Center’s Shanghai office and Dalian cooperation centre, promoting non-energy exports to China.',
      'Шанхайский офис и Даляньский центр сотрудничества РЭЦ для продвижения несырьевого экспорта в Китай.',
    ],
    at: points(node('shanghai'), node('dalian')),
    located: NEP,
    seed: S0,
  }),
  centre({
    id: 'russian-national-pavilions',
    kind: 'other',
    names: ['俄罗斯国家馆', 'Russian national pavilions', 'Российские национальные павильоны'],
    countries: ['CHN', 'RUS'],
    summary: [
      '在上海、哈尔滨、深圳、成都开设，展示俄罗斯产品2000余种。',
      'Opened in Shanghai, Harbin, Shenzhen and Chengdu, showing over 2,000 Russian products.',
      'Открыты в Шанхае, Харбине, Шэньчжэне и Чэнду; более 2000 российских товаров.',
    ],
    at: points(node('shanghai'), node('harbin'), node('shenzhen'), node('chengdu')),
    located: NEP,
    seed: S0,
    figures: [
      {
        label: nm('展示产品', 'Products shown', 'Товаров в экспозиции'),
        value: 2000,
        unit: 'count',
        asOf: '2024',
        source: 'seed-000',
        quote: '展示俄罗斯产品2000余种',
      },
    ],
  }),
  centre({
    id: 'azerbaijan-brand-pavilions',
    kind: 'other',
    names: ['阿塞拜疆国家品牌馆', 'Azerbaijan national brand pavilions', 'Павильоны национальных брендов Азербайджана'],
    countries: ['CHN', 'AZE'],
    summary: [
      '阿塞拜疆驻华使馆商务代表处联合中国进口商在北京、青岛、成都设立。',
      'Set up in Beijing, Qingdao and Chengdu by Azerbaijan’s trade mission with Chinese importers.',
      'Созданы торговым представительством Азербайджана с китайскими импортёрами в Пекине, Циндао и Чэнду.',
    ],
    at: points(node('beijing'), node('qingdao'), node('chengdu')),
    located: NEP,
    seed: S0,
  }),
  centre({
    id: 'huawei-ktz-innovation-centre',
    kind: 'digital',
    names: [
      '华为—哈萨克斯坦国家铁路公司联合创新中心',
      'Huawei–Kazakhstan Temir Zholy joint innovation centre',
      'Совместный инновационный центр Huawei и «Қазақстан темір жолы»',
    ],
    countries: ['KAZ'],
    summary: [
      '以华为盘古大模型为哈铁提供智慧铁路方案；文章未写明城市，图上标在哈铁总部所在的阿斯塔纳。',
      'Applies Huawei’s Pangu model to smart railway systems for KTZ; the article names no city, so it is shown at Astana, KTZ’s seat.',
      'Применяет модель Pangu Huawei для «умной» железной дороги КТЖ; город не назван, показан в Астане.',
    ],
    at: point(node('astana')),
    located: NEP,
    seed: S0,
    partners: ['Huawei', 'Kazakhstan Temir Zholy'],
  }),
  centre({
    id: 'guantietong-alashankou',
    kind: 'digital',
    names: [
      '中哈“关铁通”项目',
      'China–Kazakhstan customs–railway data exchange (“Guantietong”)',
      'Проект Китая и Казахстана «таможня – железная дорога» (Гуаньтетун)',
    ],
    aliases: ['关铁通', 'Guantietong'],
    countries: ['CHN', 'KAZ'],
    opened: 2022,
    summary: [
      '2022年启动的海关—铁路运营商数据交换与监管互认，首票货物在阿拉山口海关通关。',
      'Customs–railway data exchange and mutual recognition of controls launched in 2022; the first consignment cleared at Alashankou customs.',
      'Обмен данными таможни и железной дороги и взаимное признание контроля с 2022 г.; первая партия оформлена на таможне Алашанькоу.',
    ],
    at: point(node('alashankou-dostyk')),
    located: 'ne-boundaries',
    seed: S0,
    improves: ['alashankou-dostyk'],
  }),
  centre({
    id: 'zabaikalsk-truck-e-queue',
    kind: 'digital',
    names: [
      '后贝加尔斯克公路口岸过境卡车电子排队系统',
      'Electronic queue for transit trucks at Zabaikalsk',
      'Электронная очередь для транзитных грузовиков на МАПП Забайкальск',
    ],
    countries: ['RUS', 'CHN'],
    opened: 2024,
    summary: [
      '自2024年9月1日起俄方在后贝加尔斯克公路口岸—满洲里口岸启用，缩短过境时间。',
      'In use on the Russian side of the Zabaikalsk–Manzhouli road crossing since 1 September 2024 to shorten transit.',
      'С 1 сентября 2024 г. на российской стороне перехода Забайкальск – Маньчжурия для сокращения времени транзита.',
    ],
    at: point(node('zabaikalsk-manzhouli')),
    located: 'ne-boundaries',
    seed: S0,
    improves: ['zabaikalsk-manzhouli'],
  }),
  centre({
    id: 'ganqimaodu-agv-lanes',
    kind: 'logistics',
    names: [
      '甘其毛都口岸无人驾驶自动引导车跨境通道',
      'Driverless AGV cross-border lanes at Ganqimaodu',
      'Беспилотные грузовые коридоры (AGV) на переходе Ганьцимаоду',
    ],
    countries: ['CHN', 'MNG'],
    opened: 2022,
    summary: [
      '部署无人驾驶自动引导车，实现中蒙跨境货运30秒快速通关。',
      'Driverless automated guided vehicles clear China–Mongolia freight in 30 seconds.',
      'Беспилотные тягачи проходят оформление грузов Китай – Монголия за 30 секунд.',
    ],
    at: point(node('ganqimaodu-gashuun-sukhait')),
    located: 'ne-boundaries',
    seed: S3,
    sources: ['xingmingjy-agv-2024'],
    improves: ['ganqimaodu-gashuun-sukhait'],
    figures: [
      {
        label: nm('通道长度', 'Lane length', 'Длина коридора'),
        value: 6.19,
        unit: 'km',
        asOf: '2024-06',
        source: 'xingmingjy-agv-2024',
      },
    ],
  }),
  centre({
    id: 'al-khwarizmi-platform',
    kind: 'digital',
    names: [
      '“阿尔·花剌子模”智能数字职业技能培养认定平台',
      'Al-Khwarizmi AI vocational-skills platform for Uzbekistan',
      'ИИ-платформа профессиональных навыков «Аль-Хорезми» для Узбекистана',
    ],
    countries: ['CHN', 'UZB'],
    status: 'planned',
    summary: [
      '中科锐眼（天津）为乌兹别克斯坦学员开发的人工智能平台，支持“百万程序员计划”，不久将启用。',
      'AI platform built in Tianjin for Uzbek learners, supporting the One Million Programmers plan; due to launch soon.',
      'ИИ-платформа, созданная в Тяньцзине для узбекских учащихся в поддержку программы «Миллион программистов»; скоро запуск.',
    ],
    at: point(node('tianjin')),
    located: NEP,
    seed: S3,
  }),
  centre({
    id: 'bonss-max-robotic-surgery',
    kind: 'science',
    names: [
      '成都博恩思与新德里MAX医院机器人微创外科临床研究',
      'Chengdu Bonss – New Delhi MAX Hospital robotic surgery research',
      'Клинические исследования роботизированной хирургии Bonss (Чэнду) и MAX (Нью-Дели)',
    ],
    countries: ['CHN', 'IND'],
    summary: [
      '成都博恩思公司与新德里MAX医院、德里大学附属MAMC医院合作开展的临床研究。',
      'Clinical research by Chengdu’s Bonss with MAX Hospital and Delhi University’s MAMC hospital in New Delhi.',
      'Клинические исследования компании Bonss (Чэнду) с больницей MAX и больницей MAMC Делийского университета.',
    ],
    at: points(node('chengdu'), node('new-delhi')),
    located: NEP,
    seed: S3,
  }),
];
