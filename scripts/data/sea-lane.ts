// A line over water between named points, along the marnet shipping lanes (lanes that cut across land are
// avoided as in the segment build): for undersea pipelines whose own route is not published as coordinates.
import { join } from 'node:path';
import { lineString, simplify } from '@turf/turf';
import { landPenalty } from '../trace/checks';
import { LineGraph } from '../trace/graph';
import { LandIndex } from '../trace/land';
import { linesOf, readCollection } from '../trace/networks';
import { GEODATA, REPO_ROOT, round5, type LonLat } from './reference';

/** About 2 km: keeps the lane's bends around islands, drops the 20 km grid's small steps. */
const SIMPLIFY_DEG = 0.02;

let lanes: LineGraph | undefined;
function marnet(): LineGraph {
  if (!lanes) {
    const land = new LandIndex(readCollection(join(REPO_ROOT, 'geo', 'ref', 'ne_10m_land.geojson')).features as never);
    const sea = linesOf(readCollection(join(GEODATA, 'marnet', 'marnet_plus_20km_eurasia.geojson')), () => 'marnet');
    lanes = LineGraph.build(sea, 2, landPenalty(land, 1));
  }
  return lanes;
}

/** The lane through the stops in order; each stop may lie up to 60 km off the lanes (ports up bays). */
export function seaLane(...stops: LonLat[]): LonLat[] {
  const path: LonLat[] = [];
  for (let i = 1; i < stops.length; i++) {
    const leg = marnet().route(stops[i - 1]!, stops[i]!, 60, 'sea lane').coords;
    path.push(...(i === 1 ? leg : leg.slice(1)));
  }
  const simple = simplify(lineString(path), { tolerance: SIMPLIFY_DEG }).geometry.coordinates as LonLat[];
  const rounded = simple.map(([lon, lat]): LonLat => [round5(lon), round5(lat)]);
  return rounded.filter((p, i) => i === 0 || p[0] !== rounded[i - 1]![0] || p[1] !== rounded[i - 1]![1]);
}
