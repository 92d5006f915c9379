// Units of figures as a reader writes them after a number, in each language.
import type { Lang, UNITS } from '../data/schema';

type Unit = (typeof UNITS)[number];

const LABELS: Record<Unit, Record<Lang, string>> = {
  km: { en: 'km', zh: '公里', ru: 'км' },
  days: { en: 'days', zh: '天', ru: 'дн.' },
  hours: { en: 'hours', zh: '小时', ru: 'ч' },
  trains: { en: 'trains', zh: '列', ru: 'поездов' },
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
  jobs: { en: 'jobs', zh: '个就业岗位', ru: 'рабочих мест' },
  percent: { en: '%', zh: '%', ru: '%' },
  'km/h': { en: 'km/h', zh: '公里/小时', ru: 'км/ч' },
  ha: { en: 'ha', zh: '公顷', ru: 'га' },
  km2: { en: 'km²', zh: '平方公里', ru: 'км²' },
  'vehicles/day': { en: 'vehicles/day', zh: '辆/日', ru: 'автомобилей/сут' },
  count: { en: '', zh: '', ru: '' },
};

export function unitLabel(unit: Unit, lang: Lang): string {
  return LABELS[unit][lang];
}
