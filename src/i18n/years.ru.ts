import type { Message } from './plural';
import type { yearsEn } from './years.en';

export const yearsRu: Record<keyof typeof yearsEn, Message> = {
  yearPlay: 'Проиграть годы',
  yearStop: 'Стоп',
  yearSpeed: 'Скорость',
  yearSpeedValue: '{seconds} с на год',
  compareWith: 'Сравнить с более ранним годом',
  compareFrom: 'Ранний год',
  compareHeading: 'С {from} по {to} год',
  compareNone: 'Между этими годами ничего не открылось, не строилось, не планировалось и не закрылось.',
  changeOpened: 'Открыто',
  changeStarted: 'Начато строительство',
  changePlanned: 'Запланировано',
  changeClosed: 'Закрыто',
  compareMore: 'и ещё {count}',
};
