import type { Message } from './plural';
import type { yearsEn } from './years.en';

export const yearsZh: Record<keyof typeof yearsEn, Message> = {
  yearPlay: '逐年播放',
  yearStop: '停止',
  yearSpeed: '速度',
  yearSpeedValue: '每年 {seconds} 秒',
  compareWith: '与更早的年份比较',
  compareFrom: '较早年份',
  compareHeading: '{from} 年至 {to} 年',
  compareNone: '这两个年份之间没有开通、开工、规划或关闭的项目。',
  changeOpened: '开通',
  changeStarted: '开工',
  changePlanned: '规划',
  changeClosed: '关闭',
  compareMore: '另有 {count} 项',
};
