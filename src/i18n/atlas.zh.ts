import type { atlasEn } from './atlas.en';

export const atlasZh: Record<keyof typeof atlasEn, string> = {
  exportPngSlides: '幻灯片用 PNG（1920×1080）',
  exportPngPrint: '印刷用 PNG（2 倍分辨率）',
  pictureRoute: '路线：{from} → {to}',
  pictureRouteNotOpen: '尚未开通（虚线）',
  pictureNotBuilt: '{kind}（尚未建成）',
  pictureProjectPlanned: '{kind}（规划中）',
  pictureProjectsGrouped: '重叠处合并显示的项目（数字为项目数量）',
  pictureTransferBorder: '过境口岸',
  pictureTransferGauge: '换轨',
  pictureTransferShip: '转运',
  glossaryTitle: '术语表',
  glossarySource: '来源：{source}',
  glossaryOpen: '“{term}”是什么意思？',
  focusCorridor: '只显示此走廊',
  focusCorridorNamed: '只显示{name}',
  focusOnlyShort: '仅此',
  focusAll: '显示全部走廊',
  searchGroupTerm: '术语',
};
