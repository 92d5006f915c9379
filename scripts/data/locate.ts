// Turns a node record's `where` into its point and the source of that point. Border snaps and coast moves are
// computed against geo/ref/, so a clone alone can build; lookups in the staged datasets carry the point they gave
// and are re-checked against the datasets only when ../shared/geodata is present.
import { destination, point } from '@turf/turf';
import type { NodeWhere } from '../../src/data/records';
import { kmBetween, nearestCoastPoint, snapToBorder } from './border';
import { nePlace, nePlaceNamed, nePort, round5, wpiPort, type LonLat } from './reference';

export interface Located {
  at: LonLat;
  /** The source id of the point. */
  located: string;
  /** Further sources the point rests on (the published location a snap started from). */
  extra: string[];
  /** For snaps and coast moves: how far the published or described point was moved, km. */
  movedKm?: number;
}

const r5 = (p: readonly number[]): LonLat => [round5(p[0]!), round5(p[1]!)];

export function locate(where: NodeWhere): Located {
  if ('ne' in where || 'neName' in where) return { at: [...where.at], located: 'ne-populated-places', extra: [] };
  if ('wpi' in where) return { at: [...where.at], located: 'wpi', extra: [] };
  if ('nePort' in where) return { at: [...where.at], located: 'ne-ports', extra: [] };
  if ('geonames' in where) return { at: r5(where.at), located: 'geonames', extra: [] };
  if ('coast' in where) {
    const { from, km, bearing } = where.coast;
    const described = destination(point(from), km, bearing, { units: 'kilometers' }).geometry.coordinates as LonLat;
    const onCoast = nearestCoastPoint(described);
    return { at: r5(onCoast), located: 'ne-land', extra: [where.ref], movedKm: kmBetween(described, onCoast) };
  }
  if ('border' in where) {
    const snap = snapToBorder([...where.at], where.border[0], where.border[1]);
    return { at: snap.at, located: 'ne-boundaries', extra: [where.ref], movedKm: snap.movedKm };
  }
  return { at: r5(where.at), located: where.ref, extra: [] };
}

/** The point the staged dataset gives for a lookup, to compare with the one the record carries. */
export function lookUp(where: NodeWhere): { dataset: string; at: LonLat } | undefined {
  if ('ne' in where) return { dataset: `Natural Earth (wikidataid ${where.ne})`, at: nePlace(where.ne) };
  if ('neName' in where)
    return {
      dataset: `Natural Earth (${where.neName}, ${where.adm0})`,
      at: nePlaceNamed(where.neName, where.adm0, [...where.near]),
    };
  if ('wpi' in where) return { dataset: `the World Port Index (port ${where.wpi})`, at: wpiPort(where.wpi) };
  if ('nePort' in where) return { dataset: `Natural Earth ports (${where.nePort})`, at: nePort(where.nePort) };
  return undefined;
}
