import type { RobustKey } from './robust.en';

export const robustRu: Record<RobustKey, string> = {
  updateReady: 'Доступна новая версия атласа.',
  updateReload: 'Перезагрузить и обновить',
  retry: 'Повторить',
  partLoading: 'Загрузка…',
  mapFailed: 'Карта перестала работать ({detail}). Панели, списки и планировщик маршрутов работают.',
  panelFailed: 'Эта панель перестала работать ({detail}). Карта и другие панели работают.',
  storyFailed: 'Проигрыватель истории перестал работать ({detail}). Карта работает.',
  workerMissing:
    'Не удалось запустить движок карты ({detail}). Панели, списки и планировщик маршрутов работают; перезагрузите страницу.',
  dataTimeout: 'Данные коридоров не загрузились за {seconds} с.',
  dataRetrying: 'Повторная загрузка данных коридоров…',
  routeAltMissing: 'Ссылка запрашивает вариант {alt}, но у этого маршрута их {count}; показан лучший маршрут.',
  basemapEmpty: 'нет тайлов подложки',
};
