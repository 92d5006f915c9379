import type { CoreMessages } from './en';
import { atlasZh } from './atlas.zh';
import { browseZh } from './browse.zh';
import { robustZh } from './robust.zh';
import { exploreZh } from './explore.zh';
import { layoutZh } from './layout.zh';

export const zh: CoreMessages = {
  ...exploreZh,
  ...browseZh,
  ...layoutZh,
  ...atlasZh,
  ...robustZh,
  appTitle: '走廊地图',
  appTagline: '上合组织地区的运输走廊、港口与口岸',
  language: '语言',
  mapLabel: '欧亚运输走廊地图',
  panelLabel: '详情',
  closePanel: '关闭面板',
  openPanel: '打开面板',
  loadingMap: '地图加载中…',
  basemapError: '底图无法加载（{detail}）。走廊与列表仍可使用；请刷新重试。',
  dataError: '走廊数据无法加载（{detail}）。',
  webglError: '此浏览器无法绘制地图（不支持 WebGL）。列表与详情仍可使用。',
  dismiss: '关闭',
  urlDropped: '链接中的部分参数无法识别，已忽略：{params}。',
  attributionLabel: '数据来源',
  welcome: '在地图上选择走廊、港口或口岸，或使用列表与搜索。',
};
