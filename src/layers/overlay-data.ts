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
  /** Projects drawn as lines and areas. */
  projects: FeatureCollection;
  /** Projects drawn as points: a source of their own, because MapLibre clusters points only. */
  projectPoints: FeatureCollection;
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

/** What a record's drawn features depend on: its status, its glow, and one more value (lanes, colour). */
interface Drawing {
  status: Status;
  glow: boolean;
  extra: string;
  features: Feature[];
}

/**
 * The drawn features of each record, kept while its look stays the same: a filter click then re-lists features
 * instead of making new ones, and the map is sent what changed alone. The look is compared field by field, with no
 * key string or closure made per record: with 20,000 projects those were most of a click's time here.
 */
const drawings = new WeakMap<object, Drawing>();

function drawnBefore(record: object, status: Status, glow: boolean, extra: string): Feature[] | undefined {
  const d = drawings.get(record);
  return d && d.status === status && d.glow === glow && d.extra === extra ? d.features : undefined;
}

function keepDrawing(record: object, status: Status, glow: boolean, extra: string, features: Feature[]): Feature[] {
  drawings.set(record, { status, glow, extra, features });
  return features;
}

/** Appends without spreading: most records draw one feature. */
function append(list: Feature[], features: Feature[]): void {
  for (const f of features) list.push(f);
}

let drawnCount = 0;

/** A drawn feature with an id of its own, new with each new look, so the map can be sent what changed alone. */
function drawnFeature(geometry: Geometry, properties: Record<string, unknown>): Feature {
  return { type: 'Feature', id: ++drawnCount, geometry, properties };
}

/**
 * A project's drawn features: one per point for a project at several places (MapLibre clusters single points
 * only, so each site counts in the cluster it falls in), else its own geometry.
 */
function projectParts(geometry: Geometry, properties: Record<string, unknown>): Feature[] {
  const parts: Geometry[] =
    geometry.type === 'MultiPoint'
      ? geometry.coordinates.map((coordinates) => ({ type: 'Point', coordinates }))
      : [geometry];
  return parts.map((g) => drawnFeature(g, properties));
}

const isPoint = (g: Geometry) => g.type === 'Point' || g.type === 'MultiPoint';

/**
 * The last collections per index: a filter that leaves one as it was hands back the same object, so the map has
 * nothing to send to its worker for it.
 */
const lastCollections = new WeakMap<AtlasIndex, OverlayData>();

function sameFeatures(a: FeatureCollection | undefined, features: Feature[]): a is FeatureCollection {
  return !!a && a.features.length === features.length && a.features.every((f, i) => f === features[i]);
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
    const glow = changed.has(s.id);
    const laneKey = lanes.join(' ');
    append(
      legs,
      drawnBefore(f, status, glow, laneKey) ??
        keepDrawing(
          f,
          status,
          glow,
          laneKey,
          lanes.map((corridor, slot) => {
            const c = index.byId.get(corridor);
            return drawnFeature(f.geometry, {
              id: s.id,
              changed: glow,
              corridor,
              colour: status === 'suspended' ? theme.suspended : (colourOf.get(corridor) ?? theme.suspended),
              mode: s.mode,
              status,
              future: future(status),
              schematic: s.precision === 'schematic',
              shift: slot - (lanes.length - 1) / 2,
              ...flatNames(c?.type === 'corridor' ? c.props.names : s.names),
            });
          }),
        ),
    );
  }
  const places: Feature[] = [];
  for (const f of index.data.nodes) {
    const n = f.properties;
    const status = visible.get(n.id);
    if (!status) continue;
    const glow = changed.has(n.id);
    append(
      places,
      drawnBefore(f, status, glow, '') ??
        keepDrawing(f, status, glow, '', [
          drawnFeature(f.geometry, {
            id: n.id,
            changed: glow,
            kind: n.kind,
            status,
            future: future(status),
            rank: PLACE_RANK[n.kind],
            ...flatNames(n.names),
          }),
        ]),
    );
  }
  const projects: Feature[] = [];
  const projectPoints: Feature[] = [];
  for (const f of index.data.projects) {
    const p = f.properties;
    const status = visible.get(p.id);
    if (!status) continue;
    const colour = theme.project[p.kind];
    const glow = changed.has(p.id);
    const drawn =
      drawnBefore(f, status, glow, colour) ??
      keepDrawing(
        f,
        status,
        glow,
        colour,
        projectParts(f.geometry, {
          id: p.id,
          changed: glow,
          kind: p.kind,
          status,
          future: future(status),
          colour,
          ...flatNames(p.names),
        }),
      );
    append(isPoint(f.geometry) ? projectPoints : projects, drawn);
  }
  const last = lastCollections.get(index);
  const keep = (was: FeatureCollection | undefined, features: Feature[]): FeatureCollection =>
    sameFeatures(was, features) ? was : { type: 'FeatureCollection', features };
  const next: OverlayData = {
    legs: keep(last?.legs, legs),
    places: keep(last?.places, places),
    projects: keep(last?.projects, projects),
    projectPoints: keep(last?.projectPoints, projectPoints),
  };
  lastCollections.set(index, next);
  return next;
}
