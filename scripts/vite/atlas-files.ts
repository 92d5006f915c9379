// Splits a checked dataset into the view, lines, names, details, network and routing files (see atlas-data.ts and
// src/data/atlas-format.ts).
import { simplify } from '@turf/turf';
import type { Geometry, Position } from 'geojson';
import {
  DETAIL_FIELDS,
  namesFiles,
  packGeometry,
  type DetailsFile,
  type LinesFile,
  type NamesFile,
  type NetworkFile,
  type PackedLines,
  type RoutingFile,
  type ViewFile,
} from '../../src/data/atlas-format.ts';
import type { Dataset } from '../../src/data/schema.ts';
import type { Lang } from '../../src/data/vocab.ts';
import { legFacts } from '../../src/routing/leg-facts.ts';

export interface AtlasFiles {
  view: ViewFile;
  lines: LinesFile;
  names: Record<Lang, NamesFile>;
  details: DetailsFile;
  network: NetworkFile;
  routing: RoutingFile;
}

/**
 * The legs of the first view, to zoom 4, where a pixel is 0.044° or more (the first view is at 2.6 on a desk screen,
 * 1.5 on a phone): simplified at 0.05° and rounded to 0.1°, so a leg moves by about a pixel at most at zoom 4 and
 * by half of one at the first view. From zoom 4 the map draws the lines file (LINES_ZOOM in App.tsx).
 */
export const VIEW_TOLERANCE_DEG = 0.05;
export const VIEW_LEG_DECIMALS = 1;
/**
 * The lines file, about 2 km: up to zoom 6 a pixel is 0.022° or more, so a drawn leg moves by less than a pixel.
 * Deeper in, and whenever the planner runs, the map draws the full geometry of the routing file instead
 * (data/dataset.ts).
 */
export const DISPLAY_TOLERANCE_DEG = 0.02;
/**
 * Places, projects and the ends of lines keep three decimals (about 110 m, a twentieth of a pixel at zoom 6): they
 * are drawn from the view at every zoom. The legs' lines in the lines file keep two (about 1.1 km, under half a
 * pixel at zoom 6), as past zoom 6 the map draws their full geometry instead.
 */
const POINT_DECIMALS = 3;
export const LEG_DECIMALS = 2;
const rounder = (decimals: number) => {
  const scale = 10 ** decimals;
  return (x: number) => Math.round(x * scale) / scale;
};

function roundLine(line: Position[], decimals = POINT_DECIMALS): Position[] {
  const round = rounder(decimals);
  const out: Position[] = [];
  for (const [lon, lat] of line) {
    const p = [round(lon!), round(lat!)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  // A line keeps two points even when both round to the same place.
  return out.length >= 2 ? out : [out[0]!, out[0]!];
}

function displayLine(line: Position[], decimals: number, tolerance: number): Position[] {
  if (line.length <= 2) return roundLine(line, decimals);
  const simple = simplify({ type: 'LineString', coordinates: line }, { tolerance });
  return roundLine(simple.coordinates, decimals);
}

/**
 * A geometry as the map draws it: lines simplified (by `tolerance` degrees), every coordinate rounded (lines to
 * `lineDecimals`).
 */
export function displayGeometry(
  g: Geometry,
  lineDecimals = POINT_DECIMALS,
  tolerance = DISPLAY_TOLERANCE_DEG,
): Geometry {
  const round = rounder(POINT_DECIMALS);
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: [round(g.coordinates[0]!), round(g.coordinates[1]!)] };
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: g.coordinates.map(([x, y]) => [round(x!), round(y!)]) };
    case 'LineString':
      return { type: 'LineString', coordinates: displayLine(g.coordinates, lineDecimals, tolerance) };
    case 'MultiLineString':
      return {
        type: 'MultiLineString',
        coordinates: g.coordinates.map((l) => displayLine(l, lineDecimals, tolerance)),
      };
    case 'Polygon':
      return { type: 'Polygon', coordinates: g.coordinates.map((l) => roundLine(l)) };
    default:
      return g;
  }
}

const EMPTY_LISTS = new Set(['figures', 'sources', 'aliases', 'partners']);

/** The record without its details (lists kept as empty lists), and the details apart. */
function split<T extends object>(props: T, details: DetailsFile['records']): T {
  const view = { ...props } as Record<string, unknown>;
  const own: Record<string, unknown> = {};
  for (const field of DETAIL_FIELDS) {
    if (!(field in view)) continue;
    own[field] = view[field];
    if (EMPTY_LISTS.has(field)) view[field] = [];
    else delete view[field];
  }
  const id = (props as { id?: string }).id;
  if (id && Object.keys(own).length) details[id] = own;
  return view as T;
}

export function buildAtlasFiles(data: Dataset): AtlasFiles {
  const records: DetailsFile['records'] = {};
  const routing: RoutingFile = { geometry: {} };
  const lines: LinesFile = { legs: {} };
  const packedAt = (g: Geometry, decimals: number, tolerance: number) =>
    packGeometry(displayGeometry(g, decimals, tolerance), decimals);
  const network: NetworkFile = { legs: {}, countries: data.drawnCountries ?? {} };
  const view: ViewFile = {
    corridors: data.corridors.map((c) => split(c, records)),
    nodes: data.nodes.map((f) => ({
      ...f,
      geometry: displayGeometry(f.geometry) as typeof f.geometry,
      properties: split(f.properties, records),
    })),
    segments: data.segments.map((f) => {
      routing.geometry[f.properties.id] = f.geometry;
      if (f.properties.mode !== 'pipeline') network.legs[f.properties.id] = legFacts(f.properties.mode, f.geometry);
      lines.legs[f.properties.id] = packedAt(f.geometry, LEG_DECIMALS, DISPLAY_TOLERANCE_DEG) as PackedLines;
      return {
        ...f,
        geometry: packedAt(f.geometry, VIEW_LEG_DECIMALS, VIEW_TOLERANCE_DEG) as typeof f.geometry,
        properties: split(f.properties, records),
      };
    }),
    projects: data.projects.map((f) => ({
      ...f,
      geometry: packGeometry(displayGeometry(f.geometry) as typeof f.geometry),
      properties: split(f.properties, records),
    })),
  };
  const names = namesFiles([
    ...data.corridors,
    ...data.nodes.map((f) => f.properties),
    ...data.segments.map((f) => f.properties),
    ...data.projects.map((f) => f.properties),
  ]);
  return { view, lines, names, details: { sources: data.sources, records }, network, routing };
}
