// Natural Earth's NAME_ZH mixes traditional and simplified characters ("蘭州" beside "郑州"). Readers of
// the Chinese interface expect simplified characters throughout. This table covers every traditional
// character that occurs in the places of the tiled region; it changes characters only, so Taiwan-style
// transliterations (e.g. 伊斯坦堡 for Istanbul) stay as Natural Earth gives them.

const PAIRS =
  '亞亚 來来 侖仑 倫伦 傑杰 儂侬 內内 凱凯 別别 剛刚 劍剑 勞劳 區区 參参 吳吴 呂吕 喬乔 園园 圖图 堅坚 壘垒 ' +
  '壢坜 奧奥 孫孙 宮宫 實实 寧宁 寶宝 將将 島岛 岡冈 崑昆 帶带 庫库 廣广 彥彦 愛爱 慶庆 戶户 揚扬 數数 晉晋 ' +
  '會会 東东 棟栋 楊杨 楨桢 榮荣 樂乐 橋桥 橫横 檳槟 欖榄 歷历 歸归 溫温 滿满 漢汉 澤泽 濟济 濱滨 瀋沈 灣湾 ' +
  '烏乌 熱热 爾尔 瑪玛 瓊琼 瓏珑 畢毕 當当 盧卢 碼码 禮礼 篤笃 約约 納纳 紐纽 紹绍 綏绥 綠绿 維维 緬缅 縣县 ' +
  '羅罗 義义 聖圣 臘腊 臺台 興兴 舊旧 茲兹 萊莱 萬万 葉叶 蓋盖 蓮莲 薩萨 蘇苏 蘭兰 蘿萝 裡里 見见 訥讷 設设 ' +
  '詩诗 諫谏 諾诺 謝谢 讓让 豐丰 貝贝 貢贡 貴贵 費费 賈贾 賓宾 賴赖 賽赛 贊赞 車车 軍军 輔辅 農农 連连 達达 ' +
  '遼辽 邁迈 鄔邬 鄧邓 釧钏 銀银 錫锡 鎮镇 鐵铁 長长 門门 開开 闍阇 關关 陽阳 霧雾 靜静 韃鞑 韋韦 頓顿 領领 ' +
  '頭头 順顺 風风 館馆 馬马 魯鲁 鳥鸟 鶴鹤 麗丽 麥麦 黃黄 齊齐 齋斋 龍龙 龐庞';

const TABLE = new Map(PAIRS.split(' ').map((pair) => [pair[0]!, pair[1]!]));

export function toSimplified(name: string): string {
  return Array.from(name, (c) => TABLE.get(c) ?? c).join('');
}

/**
 * A Chinese place name fit for a label: simplified characters, without the disambiguation notes some
 * carry ("哈卡 (缅甸)", "(俄占)丘米坎"), or undefined when it is not a Chinese name at all ("SER尤文圖德").
 */
export function chineseLabel(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const bare = name
    .replace(/\s*[(（][^)）]*[)）]\s*/g, '')
    .replace(/─/g, '－')
    .trim();
  return bare && !/[A-Za-z]/.test(bare) ? toSimplified(bare) : undefined;
}
