// Units of figures as a reader writes them after a number, in each language, in the number's plural form.
import type { Lang, UNITS } from '../data/schema';
import { pickPlural, type Message } from './plural';

type Unit = (typeof UNITS)[number];

const LABELS: Record<Unit, Record<Lang, Message>> = {
  km: { en: 'km', zh: '公里', ru: 'км' },
  days: { en: { one: 'day', other: 'days' }, zh: '天', ru: 'дн.' },
  hours: { en: { one: 'hour', other: 'hours' }, zh: '小时', ru: 'ч' },
  trains: { en: { one: 'train', other: 'trains' }, zh: '列', ru: { one: 'поезд', few: 'поезда', other: 'поездов' } },
  TEU: { en: 'TEU', zh: '标箱', ru: 'ДФЭ' },
  t: { en: 't', zh: '吨', ru: 'т' },
  Mt: { en: 'Mt', zh: '百万吨', ru: 'млн т' },
  'Mt/year': { en: 'Mt/year', zh: '百万吨/年', ru: 'млн т/год' },
  'bcm/year': { en: 'bcm/year', zh: '十亿立方米/年', ru: 'млрд м³/год' },
  USD: { en: 'USD', zh: '美元', ru: 'долл. США' },
  'USD bn': { en: 'USD bn', zh: '十亿美元', ru: 'млрд долл. США' },
  MW: { en: 'MW', zh: '兆瓦', ru: 'МВт' },
  GW: { en: 'GW', zh: '吉瓦', ru: 'ГВт' },
  'GWh/year': { en: 'GWh/year', zh: '吉瓦时/年', ru: 'ГВт·ч/год' },
  kV: { en: 'kV', zh: '千伏', ru: 'кВ' },
  jobs: {
    en: { one: 'job', other: 'jobs' },
    zh: '个就业岗位',
    ru: { one: 'рабочее место', few: 'рабочих места', other: 'рабочих мест' },
  },
  percent: { en: '%', zh: '%', ru: '%' },
  'km/h': { en: 'km/h', zh: '公里/小时', ru: 'км/ч' },
  ha: { en: 'ha', zh: '公顷', ru: 'га' },
  km2: { en: 'km²', zh: '平方公里', ru: 'км²' },
  'vehicles/day': {
    en: { one: 'vehicle/day', other: 'vehicles/day' },
    zh: '辆/日',
    ru: { one: 'автомобиль/сут', few: 'автомобиля/сут', other: 'автомобилей/сут' },
  },
  count: { en: '', zh: '', ru: '' },
};

/**
 * The unit written after `value` ("1 train", "3,891 trains", "3 891 поезд", "5 поездов"). A range is written
 * with the form of its upper end, as CLDR's range rules give for these languages ("2–5 поездов").
 */
export function unitLabel(unit: Unit, lang: Lang, value: number): string {
  const label = LABELS[unit][lang];
  return typeof label === 'string' ? label : pickPlural(label, value, lang);
}
