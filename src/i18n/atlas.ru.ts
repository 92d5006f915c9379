import type { atlasEn } from './atlas.en';

export const atlasRu: Record<keyof typeof atlasEn, string> = {
  exportPngSlides: 'PNG для слайдов (1920×1080)',
  exportPngPrint: 'PNG для печати (2× разрешение)',
  pictureRoute: 'Маршрут: {from} → {to}',
  pictureRouteNotOpen: 'ещё не открыто (пунктир)',
  pictureNotBuilt: '{kind}, ещё не построен',
  pictureProjectPlanned: '{kind}, в планах',
  pictureProjectsGrouped: 'Проекты, объединённые там, где они перекрываются (число — сколько их)',
  pictureTransferBorder: 'пересечение границы',
  pictureTransferGauge: 'смена колеи',
  pictureTransferShip: 'перевалка',
  glossaryTitle: 'Словарь',
  glossarySource: 'Источник: {source}',
  glossaryOpen: 'Что значит «{term}»?',
  focusCorridor: 'Показать только этот коридор',
  focusCorridorNamed: 'Показать только: {name}',
  focusOnlyShort: 'только',
  focusAll: 'Показать все коридоры',
  searchGroupTerm: 'Словарь',
};
