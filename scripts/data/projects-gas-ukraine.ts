// The Russia–Europe gas pipelines through Ukraine that seed-000 names: Brotherhood and Soyuz. Context records:
// their lines run through named places only, and each summary says so.
import { nm } from './node-kit';
import { gn, ind, line, node, type ProjectSpec } from './project-kit';
import { seedGasShare } from './projects-gas-north';

const uzhhorod = gn(690548, 22.3, 48.61667);

export const gasUkraine: () => ProjectSpec[] = () => [
  {
    id: 'brotherhood-pipeline',
    kind: 'pipeline',
    names: nm('“兄弟”天然气管道', 'Brotherhood gas pipeline', 'Газопровод «Братство»'),
    aliases: ['Bratstvo', 'Братство', 'Urengoy–Pomary–Uzhhorod', 'Уренгой — Помары — Ужгород', '兄弟'],
    countries: ['RUS', 'UKR', 'SVK'],
    status: 'suspended',
    opened: 1967,
    closed: 2025,
    summary: ind(
      '苏联第一条天然气出口管道（多利纳—乌日霍罗德—捷克斯洛伐克边境），1967年投运；此名后来泛指经乌克兰至斯洛伐克的过境管网，其主线乌连戈伊—波马雷—乌日霍罗德自俄方苏贾入境。过境协议到期后，经乌克兰的俄气过境于2025年1月1日停止。图上线形经苏贾、巴尔至乌日霍罗德。',
      'The first Soviet gas export line (Dolyna – Uzhhorod – Czechoslovak border), opened in 1967; the name later came to cover the transit network through Ukraine to Slovakia, whose main line, Urengoy–Pomary–Uzhhorod, enters at Sudzha. Transit of Russian gas through Ukraine stopped on 1 January 2025 when the transit agreement expired. Drawn through Sudzha and Bar to Uzhhorod.',
      'Первый советский экспортный газопровод (Долина – Ужгород – граница ЧССР), открыт в 1967 г.; позже это имя стали относить ко всей транзитной сети через Украину в Словакию, главная нитка которой, Уренгой – Помары – Ужгород, входит в Украину у Суджи. Транзит российского газа через Украину прекращён 1 января 2025 г. по истечении транзитного соглашения. Проведена через Суджу и Бар до Ужгорода.',
    ),
    figures: [
      {
        label: nm('1967年管道长度', 'Length of the 1967 line', 'Протяжённость линии 1967 г.'),
        value: 540,
        unit: 'km',
        asOf: '1967',
        source: 'vtedy-bratstvo-1967',
        note: { en: '356 km of it in Czechoslovakia.' },
      },
      {
        label: nm('经苏贾过境量', 'Transit through Sudzha', 'Транзит через Суджу'),
        value: 15,
        unit: 'bcm/year',
        asOf: '2023',
        source: 'ria-sudzha-2024',
        note: { en: 'About 15 bcm in 2023, 4.5% of EU consumption; Sudzha was then the only open entry point.' },
      },
      seedGasShare(),
    ],
    seed: ['seed-000'],
    sources: ['seed-000', 'vtedy-bratstvo-1967', 'gem-soyuz', 'ria-sudzha-2024', 'liga-transit-end-2025', 'geonames'],
    located: 'geonames',
    geometry: line(gn(486816, 35.2726, 51.1976), gn(712861, 27.68256, 49.07717), uzhhorod),
  },
  {
    id: 'soyuz-pipeline',
    kind: 'pipeline',
    names: nm('“联盟”天然气管道', 'Soyuz gas pipeline', 'Газопровод «Союз»'),
    aliases: ['Orenburg – Western Border', 'Оренбург — Западная граница СССР', 'Союз', 'Sojus', '联盟'],
    countries: ['RUS', 'KAZ', 'UKR'],
    status: 'suspended',
    opened: 1980,
    closed: 2022,
    summary: ind(
      '经济互助委员会国家合建的出口管道，自奥伦堡经乌拉尔斯克、亚历山德罗夫盖、索赫拉诺夫卡、克列缅丘格、多利纳至乌日霍罗德，1980年11月投运。2022年5月11日乌克兰运营商宣布不可抗力，停止经索赫拉诺夫卡接收俄气；经乌克兰的过境全部于2025年1月1日停止。',
      'Export line built with the Comecon countries from Orenburg through Uralsk, Aleksandrov Gai, Sokhranivka, Kremenchuk and Dolyna to Uzhhorod, in service from November 1980. Ukraine’s operator declared force majeure and stopped taking gas at Sokhranivka from 11 May 2022; all transit through Ukraine ended on 1 January 2025.',
      'Экспортный газопровод, построенный со странами СЭВ, от Оренбурга через Уральск, Александров Гай, Сохрановку, Кременчуг и Долину до Ужгорода, в работе с ноября 1980 г. С 11 мая 2022 г. оператор ГТС Украины по форс-мажору прекратил приём газа в Сохрановке; весь транзит через Украину прекращён 1 января 2025 г.',
    ),
    figures: [
      {
        label: nm('长度', 'Length', 'Протяжённость'),
        value: 2750,
        unit: 'km',
        asOf: '2026',
        source: 'gem-soyuz',
      },
      {
        label: nm('设计输气能力', 'Design capacity', 'Проектная мощность'),
        value: 26,
        unit: 'bcm/year',
        asOf: '2026',
        source: 'gem-soyuz',
      },
      seedGasShare(),
    ],
    seed: ['seed-000'],
    sources: [
      'seed-000',
      'gem-soyuz',
      'reuters-sokhranivka-2022',
      'liga-transit-end-2025',
      'geonames',
      'ne-populated-places',
    ],
    located: 'geonames',
    geometry: line(
      node('orenburg'),
      gn(608668, 51.36667, 51.23333),
      gn(583345, 48.57037, 50.14704),
      gn(699311, 39.08987, 49.5464),
      gn(704147, 33.42041, 49.06802),
      gn(709755, 24.00944, 48.9733),
      uzhhorod,
    ),
  },
];
