import type { CoreMessages } from './en';
import { atlasRu } from './atlas.ru';
import { browseRu } from './browse.ru';
import { robustRu } from './robust.ru';
import { exploreRu } from './explore.ru';
import { layoutRu } from './layout.ru';

export const ru: CoreMessages = {
  ...exploreRu,
  ...browseRu,
  ...layoutRu,
  ...atlasRu,
  ...robustRu,
  appTitle: 'Атлас коридоров',
  appTagline: 'Транспортные коридоры, порты и погранпереходы региона ШОС',
  language: 'Язык',
  mapLabel: 'Карта евразийских транспортных коридоров',
  panelLabel: 'Подробности',
  closePanel: 'Закрыть панель',
  openPanel: 'Открыть панель',
  loadingMap: 'Карта загружается…',
  basemapError:
    'Не удалось загрузить подложку ({detail}). Коридоры и списки работают; обновите страницу, чтобы повторить.',
  dataError: 'Не удалось загрузить данные о коридорах ({detail}).',
  webglError: 'Этот браузер не может отрисовать карту (WebGL недоступен). Списки и подробности работают.',
  dismiss: 'Закрыть',
  urlDropped: 'Некоторые параметры ссылки не распознаны и пропущены: {params}.',
  attributionLabel: 'Источники данных',
  welcome: 'Выберите коридор, порт или переход на карте или воспользуйтесь списком и поиском.',
};
