import type { layoutEn } from './layout.en';

export const layoutZh: Record<keyof typeof layoutEn, string> = {
  sheetHandle: '面板高度',
  sheetHandleHint: '拖动或使用上下方向键，可多显示面板或多显示地图。',
  sheetHeightPeek: '仅标签页',
  sheetHeightHalf: '一半',
  sheetHeightFull: '全部',
};
