import type { RobustKey } from './robust.en';

export const robustZh: Record<RobustKey, string> = {
  updateReady: '地图有新版本。',
  updateReload: '重新加载以更新',
  retry: '重试',
  langFailed: '无法加载该语言。请检查网络连接后重新选择。',
  partLoading: '正在加载…',
  mapFailed: '地图出现故障（{detail}）。面板、列表和路线规划仍可使用。',
  panelFailed: '此面板出现故障（{detail}）。地图和其他面板仍可使用。',
  storyFailed: '故事播放器出现故障（{detail}）。地图仍可使用。',
  workerMissing: '地图引擎无法启动（{detail}）。面板、列表和路线规划仍可使用；请重新加载再试。',
  dataTimeout: '走廊数据在 {seconds} 秒内未能加载。',
  dataRetrying: '正在重新加载走廊数据…',
  routeAltMissing: '链接请求 {param}，但此规划的备选路线只到 alt={last}；显示最佳路线。',
  routeAltOnly: '链接请求 {param}，但此规划只有一条路线、没有备选；显示该路线。',
  routeAltNoRoute: '链接请求 {param}，但此规划没有找到路线；已忽略该参数。',
  basemapEmpty: '底图瓦片缺失',
};
