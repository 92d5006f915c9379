// The Russia–Europe gas pipelines north of Ukraine that seed-000 names as the routes sanctions interrupted:
// Nord Stream under the Baltic, and Northern Lights and Yamal–Europe through Belarus and Poland. Context records:
// their lines run through named places (Nord Stream along the Baltic shipping lanes) and each summary says so.
import { nm } from './node-kit';
import { gn, ind, line, ne, node, type ProjectSpec } from './project-kit';
import { dms } from './reference';
import { seaLane } from './sea-lane';

/** The one number seed-000 gives in the sentence that names these pipelines. */
export const seedGasShare = () => ({
  label: nm('俄罗斯占欧盟天然气进口的比重', 'Russia’s share of EU gas imports', 'Доля России в импорте газа ЕС'),
  value: 43,
  unit: 'percent' as const,
  asOf: '2021',
  source: 'seed-000',
  quote: '冲突爆发之前,俄罗斯是欧盟最大的天然气来源国,占欧盟天然气进口总量的43%',
  note: { en: 'All routes together, before the conflict broke out in February 2022, as the article puts it.' },
});

const torzhok = gn(481985, 34.96221, 57.0436);
const smolensk = gn(491687, 32.0401, 54.7818);

export const gasNorth: () => ProjectSpec[] = () => [
  {
    id: 'nord-stream',
    kind: 'pipeline',
    names: nm('“北溪”天然气管道', 'Nord Stream gas pipeline', 'Газопровод «Северный поток»'),
    aliases: ['Nord Stream 1', 'North Stream', 'Северный поток', 'Severny Potok', '北溪', '北溪-1'],
    countries: ['RUS', 'DEU'],
    status: 'suspended',
    opened: 2011,
    closed: 2022,
    summary: ind(
      '从维堡经波罗的海海底至德国格赖夫斯瓦尔德附近卢布明的两条管道，2011—2012年投运。2022年8月底供气基本停止，9月26日管道在博恩霍尔姆岛东北海域遭爆炸破坏，此后停运。线形沿欧盟统计局航线数据绘出，经过破坏地点。',
      'Two pipes under the Baltic from Vyborg to Lubmin near Greifswald, in service from 2011–2012. Flows all but stopped at the end of August 2022, and on 26 September 2022 explosions north-east of Bornholm ruptured the pipes; it has not run since. Drawn along the Eurostat shipping lanes past the damage site.',
      'Две нитки по дну Балтики от Выборга до Лубмина под Грайфсвальдом, в работе с 2011–2012 гг. В конце августа 2022 г. поставки почти прекратились, 26 сентября 2022 г. взрывы к северо-востоку от Борнхольма повредили трубы; с тех пор газопровод не работает. Проведена по морским путям Евростата через место аварии.',
    ),
    figures: [
      {
        label: nm('长度', 'Length', 'Протяжённость'),
        value: 1222,
        unit: 'km',
        asOf: '2026',
        source: 'wiki-nord-stream',
      },
      {
        label: nm('设计输气能力', 'Design capacity', 'Проектная мощность'),
        value: 55,
        unit: 'bcm/year',
        asOf: '2026',
        source: 'wiki-nord-stream',
      },
      seedGasShare(),
    ],
    partners: ['Nord Stream AG', 'Gazprom'],
    seed: ['seed-000'],
    sources: ['seed-000', 'wiki-nord-stream', 'ruwiki-nord-stream-sabotage', 'ne-populated-places', 'geonames'],
    located: 'marnet',
    geometry: line(...seaLane(ne('Q14657'), [dms(15, 25), dms(54, 53)], gn(2875585, 13.61687, 54.13509))),
  },
  {
    id: 'northern-lights-pipeline',
    kind: 'pipeline',
    names: nm('“北极光”天然气管道', 'Northern Lights gas pipeline', 'Газопровод «Сияние Севера»'),
    aliases: ['Siyaniye Severa', 'Сияние Севера', 'Northern Lights', '北极光'],
    countries: ['RUS', 'BLR', 'POL'],
    status: 'suspended',
    opened: 1985,
    closed: 2022,
    summary: ind(
      '苏联时期建成的管道系统，经武克特尔、乌赫塔、格里亚佐韦茨、托尔若克、斯摩棱斯克至明斯克，再经科布林—布列斯特支线向波兰供气；1985年第三条干线建成。系统仍向俄罗斯西北部和白俄罗斯供气；2022年4月底俄方停止对波兰供气。',
      'Soviet-built system through Vuktyl, Ukhta, Gryazovets, Torzhok and Smolensk to Minsk, with the Kobrin–Brest branch supplying Poland; its third trunk line was finished in 1985. It still supplies north-western Russia and Belarus; deliveries to Poland stopped at the end of April 2022.',
      'Советская система через Вуктыл, Ухту, Грязовец, Торжок и Смоленск до Минска, с отводом Кобрин – Брест на Польшу; третья нитка завершена в 1985 г. Система по-прежнему снабжает северо-запад России и Беларусь; поставки в Польшу прекращены в конце апреля 2022 г.',
    ),
    figures: [
      {
        label: nm('系统总长', 'Length of the system', 'Общая протяжённость'),
        value: 7377,
        unit: 'km',
        asOf: '2026',
        source: 'wiki-northern-lights-pipeline',
      },
      {
        label: nm('输气能力', 'Capacity', 'Пропускная способность'),
        value: 51,
        unit: 'bcm/year',
        asOf: '2026',
        source: 'wiki-northern-lights-pipeline',
      },
      seedGasShare(),
    ],
    partners: ['Gazprom', 'Gazprom Transgaz Belarus'],
    seed: ['seed-000'],
    sources: ['seed-000', 'wiki-northern-lights-pipeline', 'pledgetimes-yamal-2022', 'geonames', 'ne-populated-places'],
    located: 'geonames',
    geometry: line(
      gn(470905, 57.30944, 63.85667),
      gn(479411, 53.68348, 63.56705),
      gn(558236, 40.2525, 58.88),
      torzhok,
      smolensk,
      node('minsk'),
      gn(627800, 25.3401, 52.709),
      gn(627145, 24.3564, 52.2138),
      gn(629634, 23.68775, 52.09755),
      node('warsaw'),
    ),
  },
  {
    id: 'yamal-europe-pipeline',
    kind: 'pipeline',
    names: nm('“亚马尔—欧洲”天然气管道', 'Yamal–Europe gas pipeline', 'Газопровод «Ямал — Европа»'),
    aliases: ['Yamal-Europe', 'Ямал — Европа', 'Jamał–Europa', '亚马尔—欧洲'],
    countries: ['RUS', 'BLR', 'POL', 'DEU'],
    status: 'suspended',
    opened: 1997,
    closed: 2022,
    summary: ind(
      '经白俄罗斯和波兰至德国边境的出口管道，1997年首次向德国供气，2006年达到设计能力。2022年5月俄方制裁管道波兰段所有者EuRoPol GAZ后，俄气不再经波兰段输送。图上只画出托尔若克以西的西段。',
      'Export line through Belarus and Poland to the German border; first gas reached Germany in 1997 and it ran at its rated capacity from 2006. After Russia sanctioned EuRoPol GAZ, owner of the Polish section, in May 2022, Gazprom stopped sending gas through Poland. Only the western section from Torzhok is drawn.',
      'Экспортный газопровод через Беларусь и Польшу к границе Германии; первый газ в Германию в 1997 г., проектная мощность с 2006 г. После российских санкций против EuRoPol GAZ, владельца польского участка, в мае 2022 г. «Газпром» прекратил транспортировку через Польшу. Показан только западный участок от Торжка.',
    ),
    figures: [
      {
        label: nm('全长', 'Length', 'Протяжённость'),
        value: 4107,
        unit: 'km',
        asOf: '2026',
        source: 'wiki-yamal-europe',
        note: { en: 'From the Yamal fields; the drawn western section is about half of it.' },
      },
      {
        label: nm('输气能力', 'Capacity', 'Пропускная способность'),
        range: { min: 32.9, max: 33 },
        unit: 'bcm/year',
        asOf: '2022-05',
        source: 'pledgetimes-yamal-2022',
        note: { en: '32.9 bcm/year (EFE, 2022); Wikipedia rounds it to 33.' },
      },
      seedGasShare(),
    ],
    partners: ['Gazprom', 'EuRoPol GAZ'],
    seed: ['seed-000'],
    sources: ['seed-000', 'wiki-yamal-europe', 'pledgetimes-yamal-2022', 'geonames', 'ne-populated-places'],
    located: 'geonames',
    geometry: line(
      torzhok,
      smolensk,
      node('minsk'),
      gn(753895, 22.24319, 52.9855),
      gn(3081741, 19.0678, 52.64817),
      gn(3088171, 16.92993, 52.40692),
      gn(3098712, 14.65503, 52.49447),
    ),
  },
];
