// Rail terminals and dry ports where corridor services start, end or transfer.
import { nm, type NodeSpec } from './node-kit';

export const terminals: NodeSpec[] = [
  {
    id: 'wuhan-wujiashan',
    kind: 'terminal',
    names: nm('武汉吴家山站', 'Wuhan Wujiashan station', 'Станция Уцзяшань (Ухань)'),
    aliases: ['Wujiashan', '吴家山', 'Уцзяшань', 'Wuhan CR Express terminal'],
    countries: ['CHN'],
    modes: ['rail'],
    status: 'operational',
    opened: 2012,
    summary: nm(
      '武汉中欧班列货运站（2012年起）；2025年7月16日湖北首趟“中吉乌”铁公联运班列由此发车。',
      'Wuhan’s CR Express freight station since 2012; Hubei’s first China–Kyrgyzstan–Uzbekistan rail–road train left here on 16 July 2025.',
      'Грузовая станция поездов Китай–Европа в Ухане (с 2012 г.); 16 июля 2025 г. отсюда ушёл первый хубэйский поезд Китай–Кыргызстан–Узбекистан.',
    ),
    seed: ['seed-003'],
    sources: ['seed-003', 'geonames', 'urdupoint-wuhan-2021', '24kg-hubei-cku-2025'],
    where: { geonames: 1791184, at: [114.13166, 30.61702] },
  },
  {
    id: 'bely-rast',
    kind: 'terminal',
    names: nm('白拉斯特物流中心', 'Bely Rast terminal', 'ТЛЦ «Белый Раст»'),
    aliases: ['Bely Rast', 'Beliy Rast', 'Belyi Rast', 'Белый Раст', 'TLC Bely Rast'],
    countries: ['RUS'],
    modes: ['rail', 'road'],
    status: 'operational',
    summary: nm(
      '莫斯科州德米特罗夫区的铁路集装箱物流中心（俄铁与辽港合资），“北极快线1号”2024年7月由此发车。图上标在德米特罗夫市：未找到该中心的公开坐标。',
      'Rail container terminal in the Dmitrov district of Moscow Region (RZD with Liaoning Port), where Arctic Express No. 1 started in July 2024. Shown at Dmitrov town: no published coordinate of the terminal was found.',
      'Железнодорожный контейнерный терминал в Дмитровском округе Подмосковья (РЖД и «Ляонин Порт»), откуда в июле 2024 г. отправился «Арктический экспресс № 1». Показан в Дмитрове: координат терминала не найдено.',
    ),
    figures: [
      {
        label: nm('季度集装箱量', 'Containers handled in a quarter', 'Контейнеров за квартал'),
        value: 150000,
        unit: 'TEU',
        asOf: '2025-06',
        source: 'riamo-bely-rast-2025',
        note: { en: 'Second quarter of 2025.' },
      },
      {
        label: nm('占地面积', 'Site area', 'Площадь'),
        value: 179,
        unit: 'ha',
        asOf: '2025-09',
        source: 'riamo-bely-rast-2025',
      },
    ],
    sources: ['geonames', 'riamo-bely-rast-2025', 'seanews-arctic-express-2024'],
    where: { geonames: 565955, at: [37.52041, 56.34485] },
  },
  {
    id: 'duisburg',
    kind: 'terminal',
    names: nm('杜伊斯堡', 'Duisburg', 'Дуйсбург'),
    aliases: ['duisport', 'Duisburg Logport', '杜伊斯堡港'],
    countries: ['DEU'],
    modes: ['rail', 'road', 'sea'],
    status: 'operational',
    summary: nm(
      '莱茵河上的内河港与铁路枢纽，中欧班列在欧洲的主要终点；2024年11月第10万列中欧班列（重庆—阿拉山口—杜伊斯堡）抵达。',
      'Rhine inland port and rail hub, the CR Express’s main European terminus; the 100,000th CR Express train (Chongqing–Alashankou–Duisburg) ran here in November 2024.',
      'Речной порт на Рейне и железнодорожный узел, главный европейский конечный пункт поездов Китай–Европа; в ноябре 2024 г. сюда шёл 100-тысячный поезд (Чунцин – Алашанькоу – Дуйсбург).',
    ),
    sources: ['ne-populated-places', 'cri-cr-express-2024'],
    where: { ne: 'Q2100' },
  },
];
