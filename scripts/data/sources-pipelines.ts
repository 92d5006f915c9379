// References for the Russia–Europe gas pipelines that seed-000 names as context (Nord Stream, Northern Lights,
// Yamal–Europe, Brotherhood, Soyuz): their routes, sizes and the events that stopped their flows to the EU.
import type { Source } from '../../src/data/schema';

type Lang = Source['language'];
const src = (
  id: string,
  title: string,
  publisher: string,
  date: string,
  url: string,
  note: string,
  language: Lang = 'en',
  kind: Source['kind'] = 'article',
): Source => ({ id, title, publisher, date, language, kind, url, note });
const wiki = (id: string, title: string, url: string, note: string, language: Lang = 'en'): Source =>
  src(id, title, 'Wikipedia', '2026', url, `Consulted 2026: ${note}`, language, 'reference');

export const pipelineRefs: Source[] = [
  wiki(
    'wiki-nord-stream',
    'Nord Stream',
    'https://en.wikipedia.org/wiki/Nord_Stream',
    'Nord Stream 1 runs 1,222 km under the Baltic from Vyborg to Lubmin near Greifswald, 55 bcm/year in two pipes; it operated from 2011 (second pipe 2012) to 2022; the pipes were sabotaged on 26 September 2022.',
  ),
  wiki(
    'ruwiki-nord-stream-sabotage',
    'Авария на «Северных потоках»',
    'https://ru.wikipedia.org/wiki/%D0%90%D0%B2%D0%B0%D1%80%D0%B8%D1%8F_%D0%BD%D0%B0_%C2%AB%D0%A1%D0%B5%D0%B2%D0%B5%D1%80%D0%BD%D1%8B%D1%85_%D0%BF%D0%BE%D1%82%D0%BE%D0%BA%D0%B0%D1%85%C2%BB',
    'leaks found on 26 September 2022 north-east of Bornholm (article coordinates 54°53′N 15°25′E); Nord Stream 1 had run at 20% in summer 2022 and almost stopped at the end of August.',
    'ru',
  ),
  wiki(
    'wiki-northern-lights-pipeline',
    'Northern Lights (pipeline)',
    'https://en.wikipedia.org/wiki/Northern_Lights_(pipeline)',
    '7,377 km, 51 bcm/year, commissioned 1985 (Vuktyl–Ukhta–Gryazovets–Torzhok 1967–1969, to Minsk by 1974); runs through Vuktyl, Ukhta, Gryazovets, Torzhok and Smolensk to Minsk; branches Ivatsevichy–Dolyna to Ukraine and Kobrin–Brest–Warsaw to Poland.',
  ),
  wiki(
    'wiki-yamal-europe',
    'Yamal–Europe pipeline',
    'https://en.wikipedia.org/wiki/Yamal%E2%80%93Europe_pipeline',
    '4,107 km, 33 bcm/year; through Vuktyl, Ukhta, Gryazovets, Torzhok, Smolensk, Minsk, Zambrów, Włocławek and Poznań to Górzyca; first gas to Germany in 1997, rated capacity from 2006; the Polish portion ceased operating in 2022.',
  ),
  src(
    'pledgetimes-yamal-2022',
    'Russian state-owned company cuts gas supply to Europe via Poland',
    'Pledge Times (EFE)',
    '2022-05-12',
    'https://pledgetimes.com/russian-state-owned-company-cuts-gas-supply-to-europe-via-poland/',
    'Gazprom stops using the Polish section of Yamal–Europe after Russian sanctions on its owner EuRoPol GAZ; capacity 32.9 bcm/year; supplies to Poland (PGNiG) were suspended at the end of April 2022.',
  ),
  src(
    'vtedy-bratstvo-1967',
    'Rok 1967: Sprevádzkovali plynovod Bratstvo',
    'Vtedy.sk',
    '2026',
    'https://www.vtedy.sk/plynovod-bratstv-ukrajina-duslo-sala-zssro',
    'Undated history page, consulted 2026: the Brotherhood pipeline (Soviet name Dolyna – Uzhhorod – state border) opened on 29 June 1967 near Ruská; gas from 27 July 1967; 540 km, 356 km of them in Czechoslovakia (TASR archive).',
    'other',
  ),
  src(
    'gem-soyuz',
    'Soyuz Gas Pipeline',
    'Global Energy Monitor (GEM.wiki)',
    '2026',
    'https://www.gem.wiki/Soyuz_Gas_Pipeline',
    'Consulted 2026: route Orenburg – Uralsk – Aleksandrov Gai – Sokhranovka (Russia–Ukraine border) – Kremenchug – Dolyna – Uzhgorod; 2,750 km; 26 bcm/year; start 1980; status mothballed; part of the "Brotherhood" network with the Urengoy–Pomary–Uzhhorod and Progress lines, which it joins near Bar.',
  ),
  src(
    'reuters-sokhranivka-2022',
    'Ukraine gas system operator declares force majeure on Sokhranivka entry point',
    'Reuters (via Devdiscourse)',
    '2022-05-10',
    'https://www.devdiscourse.com/article/business/2032568-ukraine-gas-system-operator-declares-force-majeure-on-sokhranivka-entry-point',
    'GTSOU stops accepting gas at Sokhranivka from 11 May 2022 (Novopskov compressor station in occupied territory); Sudzha stays open.',
  ),
  src(
    'liga-transit-end-2025',
    '"Historic event." Ukraine stopped the transit of Russian gas',
    'LIGA.net',
    '2025-01-01',
    'https://biz.liga.net/en/all/all/novosti/historic-event-ukraine-stopped-the-transit-of-russian-gas',
    'The five-year transit agreement expired on 1 January 2025; from 07:00 the transport of gas from the Sudzha entry point to the western exits was stopped (Gas TSO of Ukraine, Ministry of Energy).',
  ),
  src(
    'ria-sudzha-2024',
    'Ukraine will stop transit of Russian gas on January 1',
    'RIA Novosti (English copy on news-pravda.com)',
    '2024-12-20',
    'https://germany.news-pravda.com/en/russia/2024/12/20/6441.html',
    'Sudzha in Kursk region is the only remaining transit route through Ukraine; Gazprom sent about 15 bcm through it in 2023, 4.5% of EU consumption.',
  ),
];
