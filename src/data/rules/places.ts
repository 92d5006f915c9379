// Points must sit where they claim to be: a border crossing on the border it crosses, a seaport on the coast.
import type { DataIssue } from '../parse';
import { at, km, type Rule } from './context';

/** How far a crossing may lie from the Natural Earth line (1:10M lines are generalised by a few km). */
export const CROSSING_LIMIT_KM = 5;
/** How far a seaport may lie from the land polygon's edge (either side of it) or from a major river's centerline. */
export const PORT_LIMIT_KM = 3;

export const places: Rule = ({ files, ref }) => {
  const issues: DataIssue[] = [];
  for (const rec of files['nodes.geojson'].records) {
    const p = rec.value.properties;
    const [lon, lat] = rec.value.geometry.coordinates;
    const here = 'geometry.coordinates';
    if (p.kind === 'border_crossing' && p.sides) {
      const [a, b] = [p.sides[0]?.country ?? '', p.sides[1]?.country ?? ''];
      const border = ref.nearestBorder(lon, lat, a, b);
      if (border === undefined)
        issues.push(
          at('nodes.geojson', rec, 'properties.sides', `Natural Earth has no land boundary between ${a} and ${b}`),
        );
      else if (border.km > CROSSING_LIMIT_KM) {
        const snap = border.at.map((n) => n.toFixed(5)).join(', ');
        const message = `${km(border.km)} from the ${a}–${b} border (limit ${CROSSING_LIMIT_KM} km); nearest border point [${snap}]`;
        issues.push(at('nodes.geojson', rec, here, message));
      }
    }
    if (p.kind === 'seaport') {
      const d = ref.coastDistanceKm(lon, lat, 100);
      // A river seaport (Hamburg on the Elbe, Astrakhan on the Volga) sits on a river the land polygon fills in.
      if (d > PORT_LIMIT_KM && ref.riverDistanceKm(lon, lat, PORT_LIMIT_KM) > PORT_LIMIT_KM) {
        const side = ref.isLand(lon, lat) ? 'inland' : 'out at sea';
        const dist = d === Infinity ? 'more than 100 km' : km(d);
        const limit = `limit ${PORT_LIMIT_KM} km from the coast or a major river`;
        issues.push(at('nodes.geojson', rec, here, `seaport is ${dist} ${side} (${limit})`));
      }
    }
  }
  return issues;
};
