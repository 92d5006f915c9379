// Reports behind the links that join the network up: the Kyrgyz–Uzbek crossings near Osh (which one the road
// freight uses, which one the railway uses) and the rail access of the seaports.
import type { Source } from '../../src/data/schema';

const report = (
  id: string,
  title: string,
  publisher: string,
  date: string,
  url: string,
  note: string,
  language: Source['language'] = 'en',
): Source => ({ id, title, publisher, date, language, kind: 'article', url, note });

export const linkRefs: Source[] = [
  report(
    'kabar-cku-road-2018',
    'First highway convoy route of Tashkent-Andijan-Osh-Irkeshtam-Kashgar will kick off on Feb. 25',
    'Kabar',
    '2018-02-19',
    'http://en.kabar.kg/eng/news/first-highway-convoy-route-of-tashkent-andijan-osh-irkeshtam-kashgar-will-kick-off-on-feb.25/',
    'The pilot convoy of 30 October – 3 November 2017 covered 920 km in 31 hours; the Uzbek–Kyrgyz border at the Dustlik post took about 1.5 hours, Irkeshtam about 2 hours.',
  ),
  report(
    '24kg-dostuk-dustlik-cargo',
    'Kyrgyzstan and Uzbekistan discuss development of cargo transportation',
    '24.kg',
    '2024-09',
    'https://24.kg/english/305281_Kyrgyzstan_and_Uzbekistan_discuss_development_of_cargo_transportation',
    'Working groups met at the Dostuk and Dustlik border customs posts (Osh and Andijan regions) about cargo on the Tashkent – Andijan – Osh – Irkeshtam – Kashgar road corridor. No date on the page read; the month is inferred from the site’s article numbers.',
  ),
  report(
    '24kg-dostuk-queues-2024',
    'Border Service names reason for long queues at border with Uzbekistan',
    '24.kg',
    '2024-08-28',
    'https://24.kg/english/303378_Border_Service_names_reason_for_long_queues_at_border_with_Uzbekistan/',
    'Dostuk-Avtodorozhny checkpoint: 18,000–26,000 people a day against a capacity of 16,400.',
  ),
  report(
    'azathabar-dustlik-2022',
    'КПП «Дустлик» на кыргызско-узбекской границе временно закрыт',
    'Azathabar (RFE/RL)',
    '2022-08',
    'https://rus.azathabar.com/a/31982121.html',
    'The Dustlik (Dostuk) checkpoint between Andijan and Osh lies in the Kara-Suu district of Osh Region.',
    'ru',
  ),
  report(
    'ria-karasuu-rail-2013',
    'Узбекистан блокировал железнодорожное сообщение с Киргизией',
    'RIA Novosti',
    '2013-01-22',
    'https://ria.ru/20130122/919219187.html',
    'Names the Kyrgyz railway checkpoints on the Uzbek border, among them Karasuu-zheleznodorozhny (Kara-Suu rail) on the Osh–Andijan line.',
    'ru',
  ),
];
