import type { layoutEn } from './layout.en';

export const layoutRu: Record<keyof typeof layoutEn, string> = {
  sheetHandle: 'Высота панели',
  sheetHandleHint: 'Потяните или нажмите стрелки вверх и вниз, чтобы показать больше панели или больше карты.',
  sheetHeightPeek: 'только вкладки',
  sheetHeightHalf: 'половина',
  sheetHeightFull: 'вся',
};
