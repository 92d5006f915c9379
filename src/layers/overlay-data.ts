// The GeoJSON the atlas sources draw: the records the filters let through, with flat properties the layer
// expressions read (names in the three languages, status as drawn in the chosen year, corridor colour).
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { AtlasIndex } from '../data/indexes';
import type { Names, Status } from '../data/schema';
import { shownCorridorsOfLeg, visibleRecords } from '../data/select';
import type { Filters } from '../data/filters';
import { NOT_IN_SERVICE, type AtlasTheme, type NodeKind } from './atlas-theme';

export interface OverlayData {
  legs: FeatureCollection;
  places: FeatureCollection;
  projects: FeatureCollection;
}

const flatNames = (n: Names | undefined) => ({ name_zh: n?.zh ?? '', name_en: n?.en ?? '', name_ru: n?.ru ?? '' });

/** Which places are labelled first when labels collide: the crossings and ports the atlas is about. */
const PLACE_RANK: Record<NodeKind, number> = {
  border_crossing: 0,
  seaport: 0,
  gauge_change: 1,
  dry_port: 1,
  terminal: 1,
  city: 2,
  junction: 3,
};

function feature(geometry: Geometry, properties: Record<string, unknown>): Feature {
  return { type: 'Feature', geometry, properties };
}

/** `changed` holds the records that changed between two compared years: they are drawn with a glow. */
export function overlayData(
  index: AtlasIndex,
  filters: Filters,
  theme: AtlasTheme,
  changed: ReadonlySet<string> = new Set(),
): OverlayData {
  const visible = visibleRecords(index, filters);
  const future = (s: Status) => NOT_IN_SERVICE.includes(s);
  const colourOf = new Map(index.data.corridors.map((c) => [c.id, c.colour]));
  const legs: Feature[] = [];
  for (const f of index.data.segments) {
    const s = f.properties;
    const status = visible.get(s.id);
    if (!status) continue;
    // A leg shared by several corridors is drawn once per shown corridor, side by side like lines on a metro map
    // (`shift` is the line-offset in line widths, centred on the true track), so each corridor stays traceable.
    const corridors = shownCorridorsOfLeg(index, s.id, filters);
    const lanes = corridors.length ? corridors : [''];
    lanes.forEach((corridor, slot) => {
      const c = index.byId.get(corridor);
      legs.push(
        feature(f.geometry, {
          id: s.id,
          changed: changed.has(s.id),
          corridor,
          colour: status === 'suspended' ? theme.suspended : (colourOf.get(corridor) ?? theme.suspended),
          mode: s.mode,
          status,
          future: future(status),
          schematic: s.precision === 'schematic',
          shift: slot - (lanes.length - 1) / 2,
          ...flatNames(c?.type === 'corridor' ? c.props.names : s.names),
        }),
      );
    });
  }
  const places: Feature[] = [];
  for (const f of index.data.nodes) {
    const n = f.properties;
    const status = visible.get(n.id);
    if (!status) continue;
    places.push(
      feature(f.geometry, {
        id: n.id,
        changed: changed.has(n.id),
        kind: n.kind,
        status,
        future: future(status),
        rank: PLACE_RANK[n.kind],
        ...flatNames(n.names),
      }),
    );
  }
  const projects: Feature[] = [];
  for (const f of index.data.projects) {
    const p = f.properties;
    const status = visible.get(p.id);
    if (!status) continue;
    projects.push(
      feature(f.geometry, {
        id: p.id,
        changed: changed.has(p.id),
        kind: p.kind,
        status,
        future: future(status),
        colour: theme.project[p.kind],
        ...flatNames(p.names),
      }),
    );
  }
  const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
  return { legs: fc(legs), places: fc(places), projects: fc(projects) };
}
