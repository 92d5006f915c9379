import type { layoutEn } from './layout.en';

export const layoutZh: Record<keyof typeof layoutEn, string> = {
  sheetHandle: '面板高度',
  sheetHandleHint: '拖动或使用上下方向键，可多显示面板或多显示地图。',
  sheetHeightPeek: '仅标签页',
  sheetHeightHalf: '一半',
  sheetHeightFull: '全部',
  tabRoute: '路径',
  measureStart: '测距',
  measureStop: '结束测距',
  storiesButton: '故事',
  embedCopy: '复制嵌入代码',
  embedCopied: '嵌入代码已复制，请粘贴到您的网页中：',
  embedTooLong: '此故事太长，无法通过链接嵌入（{size} 个字符）：请另存为文件并加入地图的故事中。',
};
