import type { AnswerKey } from './answer.en';
import type { Message } from './plural';

export const answerRu: Record<AnswerKey, Message> = {
  routeCsvRoute: 'маршрут',
  routeCsvStep: 'шаг',
  routeCsvLeg: 'участок',
  routeCsvKind: 'что',
  routeCsvDescription: 'описание',
  routeCsvFrom: 'откуда / где',
  routeCsvTo: 'куда',
  routeCsvKm: 'км',
  routeCsvHoursMin: 'часов мин.',
  routeCsvHoursTypical: 'часов обычно',
  routeCsvHoursMax: 'часов макс.',
  routeCsvDaysMin: 'суток мин.',
  routeCsvDaysTypical: 'суток обычно',
  routeCsvDaysMax: 'суток макс.',
  routeCsvCountries: 'страны',
  routeCsvCorridors: 'коридоры',
  routeCsvSeason: 'сезон',
  routeCsvSources: 'источники (id в geo/sources.json)',
  routeCsvKindLeg: 'участок',
  routeCsvKindBorder: 'ожидание на границе',
  routeCsvKindGauge: 'смена колеи',
  routeCsvKindTransshipment: 'перевалка',
  routeCsvKindTotal: 'итого',
  routeCsvKindLicence: 'лицензия',
  routeCsvTotalText: 'участков: {legs}, границ: {borders}, смен колеи: {gauges}, перевалок: {ships}',
  routeCrossingSea: '{a} → {b} морем',
  routeCrossingOpen: '{a} → {b} (пункт пропуска в данных не указан)',
  routeCrossingUnion: '{a} → {b} (без таможни внутри {union})',
  routeCrossingsList: 'Пересечения границ: {route}',
  routeMonthClosed:
    'В месяце «{month}» {legs} закрыт (открыт с {from} по {to}); показанные маршруты его обходят. В сезон лучший маршрут занимает обычно {days} сут.',
  routeArrivalWait:
    'Поезд из Китая, который следует до станции в Центральной Азии, ждёт в пункте {place} таможенного оформления, расформирования и отправки дальше: на {time} дольше сквозных поездов в Европу (по замерам CAREC для поездов, въезжавших в Казахстан в 2022 году).',
  routeOffMap:
    'Часть маршрута проходит южнее {lat}° ю. ш., за пределами карты, которая охватывает только регион коридоров; ниже он перечислен полностью, по участкам.',
  routeMonthFerryWinter:
    'В месяце «{month}» паром через Каспий в пункте {place} ждёт дольше из-за зимней погоды: {time}, против {usual} в остальное время года.',
  routeTie: '{a} и {b} занимают обычно по {days} сут.: {reason}.',
  routeTieFaster: '{a} идёт первым, потому что он быстрее на {hours} ч',
  routeTieFasterLittle: '{a} идёт первым, потому что он быстрее меньше чем на час',
  routeTieShorter: '{a} идёт первым, потому что он короче на {km} км',
  routeTieEqual: 'по времени и расстоянию они равны, так что порядок между ними произволен',
  routeTieSea: '{b} — морской маршрут, добавленный для сравнения',
  routeLegStops: 'В конце участка {n}',
  routeMonthClosedOther:
    'В месяце «{month}» {legs} закрыт (открыт с {from} по {to}); маршруты через него не предлагаются.',
  routeMonthClosedLegs:
    'В месяце «{month}» закрыты участки: {legs} (открыты с {from} по {to}); показанные маршруты их обходят. В сезон лучший маршрут занимает обычно {days} сут.',
  routeMonthClosedLegsOther:
    'В месяце «{month}» закрыты участки: {legs} (открыты с {from} по {to}); маршруты через них не предлагаются.',
  journeysTitle: 'Опубликованные рейсы',
  journeysModel:
    'Время в планировщике подогнано по {fitted} опубликованным рейсам «от двери до двери» и проверено ещё на {heldOut}, не участвовавших в подгонке: на них типичное число суток отличается в среднем (медиана) на {error}. {within} из всех {total} попадают в опубликованный диапазон, расширенный на пятую часть.',
  journeysNone: 'Ни один из них не проходит по этому маршруту.',
  journeysOnRoute: {
    one: 'По этому маршруту проходит {count} из них:',
    few: 'По этому маршруту проходят {count} из них:',
    many: 'По этому маршруту проходят {count} из них:',
    other: 'По этому маршруту проходят {count} из них:',
  },
  journeysItem:
    '{from} → {to}, {date}: опубликовано {published} сут. ({publisher}); планировщик на тот же вопрос — {planner} сут. ({error}).',
  journeysReversed: 'в обратную сторону',
  journeysHeldOut: 'не использован в подгонке',
  journeysFitted: 'использован в подгонке',
  journeysOutside: 'вне опубликованного диапазона ±20%',
};
