// Whether a month falls in a season of months that may wrap the new year (November–February).
import type { Season } from './types';

export const inSeason = (month: number, s: Season): boolean =>
  s.from <= s.to ? month >= s.from && month <= s.to : month >= s.from || month <= s.to;
