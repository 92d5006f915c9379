import type { layoutEn } from './layout.en';

export const layoutRu: Record<keyof typeof layoutEn, string> = {
  sheetHandle: 'Высота панели',
  sheetHandleHint: 'Потяните или нажмите стрелки вверх и вниз, чтобы показать больше панели или больше карты.',
  sheetHeightPeek: 'только вкладки',
  sheetHeightHalf: 'половина',
  sheetHeightFull: 'вся',
  tabRoute: 'Маршрут',
  measureStart: 'Измерить',
  measureStop: 'Закончить измерение',
  storiesButton: 'Истории',
  embedCopy: 'Код для встраивания',
  embedCopied: 'Код скопирован; вставьте его в свою страницу:',
  embedTooLong:
    'История слишком длинная для встраивания ссылкой ({size} символов): сохраните её файлом и добавьте к историям атласа.',
};
