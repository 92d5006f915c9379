// References for the freight hubs, the links that close detours and the sea lanes: where a place is, that a
// line exists and since when, and the distances the lanes are checked against.
import type { Source } from '../../src/data/schema';

const wiki = (id: string, title: string, path: string, note: string, language: Source['language'] = 'en'): Source => ({
  id,
  title,
  publisher: 'Wikipedia',
  date: '2026',
  language,
  kind: 'reference',
  url: `https://${language === 'en' ? 'en' : language}.wikipedia.org/wiki/${path}`,
  note: `${note} The date is the year of access.`,
});

const report = (
  id: string,
  title: string,
  publisher: string,
  date: string,
  url: string,
  note: string,
  language: Source['language'] = 'en',
): Source => ({ id, title, publisher, date, language, kind: 'article', url, note });

export const hubRefs: Source[] = [
  wiki('wiki-yiwu', 'Yiwu', 'Yiwu', 'Coordinates of the city (29.3069 N, 120.0753 E).'),
  report(
    'ezhejiang-yiwu-2023',
    'Over 1,500 Yiwu-Xinjiang-Europe freight trains depart Yiwu in Jan-Nov',
    'China Daily / Zhejiang government',
    '2023-12-15',
    'http://www.ezhejiang.gov.cn/2023-12/15/c_958483.htm',
    'Yiwu ran 1,524 Yiwu–Xinjiang–Europe trains in the first 11 months of 2023; at least 20 days Yiwu–Małaszewicze.',
  ),
  wiki('wiki-hunchun', 'Hunchun', 'Hunchun', 'Coordinates of the city (42.8678 N, 130.3575 E).'),
  wiki(
    'wiki-malaszewicze',
    'Małaszewicze',
    'Ma%C5%82aszewicze',
    'Coordinates of the village and its broad-gauge terminal (52.0333 N, 23.5333 E).',
  ),
  report(
    'tashkenttimes-hairatan-2024',
    'Uzbekistan and Afghanistan launch Hairatan–Mazar-i-Sharif railway reconstruction project',
    'Tashkent Times',
    '2024-02-21',
    'https://www.tashkenttimes.uz/national/12525-uzbekistan-and-afghanistan-launch-hairatan-mazar-i-sharif-railway-reconstruction-project',
    'The Hairatan–Naibabad–Mazar-i-Sharif line, 75 km of 1,520 mm track built by Uzbekistan Railways in 2010.',
  ),
  wiki(
    'wiki-friendship-bridge-afghanistan',
    'Afghanistan–Uzbekistan Friendship Bridge',
    'Afghanistan%E2%80%93Uzbekistan_Friendship_Bridge',
    'Road and rail bridge over the Amu Darya between Termez and Hairatan, opened 1982.',
  ),
  wiki(
    'wiki-cape-of-good-hope',
    'Cape of Good Hope',
    'Cape_of_Good_Hope',
    'Coordinates of the cape (34°21′26″ S, 18°28′26″ E).',
  ),
  wiki(
    'wiki-suifenhe',
    'Suifenhe',
    'Suifenhe',
    'Rail and road crossing to Grodekovo (Pogranichny district, Primorsky Krai) on the Chinese Eastern Railway.',
  ),
  report(
    '1520-makhalino-2022',
    'Eastern priority: reorientation of cargoes to Makhalino border crossing',
    '1520 International',
    '2022-09',
    'https://1520international.com/en/content/2022/sentyabr-2022/eastern-priority/',
    'Makhalino (Kamyshovaya)–Hunchun railway border crossing, Russia–China.',
  ),
  report(
    'eurailpress-makhalino-2013',
    'Russland/China: Erster Zug passiert modernisierten Eisenbahngrenzübergang Machalino – Hunchun',
    'Eurailpress',
    '2013-12-17',
    'https://eurailpress.de/nachrichten/betrieb-services/detail/news/russlandchina-erster-zug-passiert-modernisierten-eisenbahngrenzuebergang-machalino-hunchun.html',
    'Regular traffic over the Makhalino–Kamyshovaya–Hunchun line from 17 December 2013.',
    'other',
  ),
  wiki(
    'wiki-farap',
    'Farap',
    'Farap',
    'Turkmen border town on the Bukhara–Türkmenabat railway and road; the Uzbek side is Alat (rail: Khodjadavlet).',
  ),
];
