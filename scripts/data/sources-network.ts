// Wikipedia articles and reports cited by the traced segments and their junction nodes, where the id
// names the article unambiguously. The date is the year of access.
import type { Source } from '../../src/data/schema';

const wiki = (id: string, title: string, path: string): Source => ({
  id,
  title,
  publisher: 'Wikipedia',
  date: '2025',
  language: 'en',
  kind: 'reference',
  url: `https://en.wikipedia.org/wiki/${path}`,
  note: 'Cited by the traced railway and road segments; the date is the year of access.',
});

export const networkRefs: Source[] = [
  wiki('wiki-jinghe-yining-khorgos', 'Jinghe–Yining–Khorgos railway', 'Jinghe%E2%80%93Yining%E2%80%93Khorgos_railway'),
  wiki('wiki-southern-xinjiang-railway', 'Southern Xinjiang railway', 'Southern_Xinjiang_railway'),
  wiki('wiki-jinghe-county', 'Jinghe County', 'Jinghe_County'),
  wiki('wiki-maralbexi', 'Maralbexi County', 'Maralbexi_County'),
  wiki('wiki-artux', 'Artux', 'Artux'),
  wiki('wiki-shelek', 'Shelek', 'Shelek'),
  wiki('wiki-ulugqat', 'Ulugqat County', 'Ulugqat_County'),
  wiki('wiki-sary-tash', 'Sary-Tash', 'Sary-Tash'),
  wiki('wiki-kamchik-pass', 'Kamchik Pass', 'Kamchik_Pass'),
  {
    id: 'oceansky-altynkol',
    title: 'Zhetygen–Altynkol railway (293 km)',
    publisher: 'Oceansky Logistics',
    date: '2016',
    language: 'en',
    kind: 'article',
    url: 'http://oceansky-logistics.com/en/ceansky_news/details/82.html',
    note: 'Title paraphrased from the research notes.',
  },
  {
    id: 'wiki-alatau-zhetygen',
    title: 'Alatau, Almaty Region',
    publisher: 'Wikipedia',
    date: '2025',
    language: 'en',
    kind: 'reference',
    url: 'https://en.wikipedia.org/wiki/Alatau,_Almaty_Region',
    note: 'Formerly Zhetygen (Zhetigen), on the Turksib about 50 km north of Almaty; renamed Alatau in January 2024.',
  },
  {
    id: 'dewiki-iran-north-south-railway',
    title: 'Nord-Süd-Eisenbahn (Iran)',
    publisher: 'Wikipedia',
    date: '2025',
    language: 'other',
    kind: 'reference',
    url: 'https://de.wikipedia.org/wiki/Nord-S%C3%BCd-Eisenbahn_(Iran)',
    note: 'German article with the station list Bafq – Sirjan – Golgohar – … – Bandar Abbas; standard gauge.',
  },
];
