// Project partners as the data names them (in English), in Chinese and Russian: the organisations' own or usual
// names in those languages. A partner missing here is shown as the data has it (tests/unit/partners.test.ts
// requires every partner in the data to be here).
import type { Lang } from '../data/schema';

export const PARTNER_NAMES: Record<string, { zh: string; ru: string }> = {
  CNPC: { zh: '中国石油天然气集团', ru: 'Китайская национальная нефтегазовая корпорация (CNPC)' },
  Gazprom: { zh: '俄罗斯天然气工业股份公司', ru: 'Газпром' },
  TBEA: { zh: '特变电工', ru: 'TBEA' },
  China: { zh: '中国', ru: 'Китай' },
  Kyrgyzstan: { zh: '吉尔吉斯斯坦', ru: 'Кыргызстан' },
  Uzbekistan: { zh: '乌兹别克斯坦', ru: 'Узбекистан' },
  Turkmengaz: { zh: '土库曼斯坦国家天然气康采恩', ru: 'Туркменгаз' },
  Uzbekneftegaz: { zh: '乌兹别克斯坦国家油气公司', ru: 'Узбекнефтегаз' },
  QazaqGaz: { zh: '哈萨克斯坦国家天然气公司', ru: 'QazaqGaz' },
  KazMunayGas: { zh: '哈萨克斯坦国家石油天然气公司', ru: 'КазМунайГаз' },
  Transneft: { zh: '俄罗斯国家石油管道运输公司', ru: 'Транснефть' },
  Rosneft: { zh: '俄罗斯石油公司', ru: 'Роснефть' },
  PipeChina: { zh: '国家石油天然气管网集团', ru: 'Национальная трубопроводная компания Китая (PipeChina)' },
  'China Energy Engineering (CEEC)': { zh: '中国能源建设集团', ru: 'China Energy Engineering (CEEC)' },
  'China Energy Construction Gezhouba Investment': {
    zh: '中国能建葛洲坝投资',
    ru: 'China Energy Construction Gezhouba Investment',
  },
  'Export-Import Bank of China': { zh: '中国进出口银行', ru: 'Экспортно-импортный банк Китая' },
  'National Electric Grid of Kyrgyzstan': {
    zh: '吉尔吉斯斯坦国家电网公司',
    ru: 'Национальная электрическая сеть Кыргызстана',
  },
  'Nord Stream AG': { zh: '北溪股份公司', ru: 'Nord Stream AG' },
  'Gazprom Transgaz Belarus': { zh: '俄气白俄罗斯输气公司', ru: 'Газпром трансгаз Беларусь' },
  'EuRoPol GAZ': { zh: 'EuRoPol GAZ（波兰）', ru: 'EuRoPol GAZ' },
  BYD: { zh: '比亚迪', ru: 'BYD' },
  'UzAuto Motors': { zh: 'UzAuto Motors（乌兹别克斯坦汽车公司）', ru: 'UzAuto Motors' },
  'China Merchants Group': { zh: '招商局集团', ru: 'China Merchants Group' },
  'Government of Belarus': { zh: '白俄罗斯政府', ru: 'Правительство Беларуси' },
  'Barqi Tojik': { zh: '塔吉克斯坦国家电力公司（Barqi Tojik）', ru: 'Барки Точик' },
  'Xi’an Aiju Grain and Oil Industry Group': {
    zh: '西安爱菊粮油工业集团',
    ru: 'Группа «Сиань Айцзюй» (зерно и масло)',
  },
  SIBUR: { zh: '西布尔', ru: 'СИБУР' },
  Sinopec: { zh: '中国石化', ru: 'Синопек' },
  'Xinjiang Uygur Autonomous Region': { zh: '新疆维吾尔自治区', ru: 'Синьцзян-Уйгурский автономный район' },
  'JSC ICBC Khorgos (Kazakhstan)': { zh: '霍尔果斯国际边境合作中心（哈方）', ru: 'АО «МЦПС „Хоргос“» (Казахстан)' },
  'Erenhot city': { zh: '二连浩特市', ru: 'город Эрэн-Хото' },
  'Zamyn-Üüd': { zh: '扎门乌德', ru: 'Замын-Ууд' },
  'Qingdao municipality': { zh: '青岛市', ru: 'город Циндао' },
  'Yutong Bus': { zh: '宇通客车', ru: 'Yutong' },
  'China Academy of Information and Communications Technology': {
    zh: '中国信息通信研究院',
    ru: 'Китайская академия информационных и коммуникационных технологий',
  },
  'Karamay city': { zh: '克拉玛依市', ru: 'город Карамай' },
  Huawei: { zh: '华为', ru: 'Huawei' },
  'Kazakhstan Temir Zholy': { zh: '哈萨克斯坦国家铁路公司', ru: 'Казахстан темир жолы (КТЖ)' },
};

/** A partner's name in the reader's language; the data's own name where there is no translation. */
export function partnerName(name: string, lang: Lang): string {
  return lang === 'en' ? name : (PARTNER_NAMES[name]?.[lang] ?? name);
}
