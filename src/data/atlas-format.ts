// The shape of the files the build prepares from geo/ (scripts/vite/atlas-data.ts) and how the browser puts them
// back together. They passed the schema at build time, so the browser reads them as they are.
import type { Geometry, Position } from 'geojson';
import type { Dataset, LegFacts, Names, Source } from './schema';
import type { Lang } from './vocab';

/** Fields of a record shown only when it is opened, searched or exported: they travel in the details file. */
export const DETAIL_FIELDS = [
  'summary',
  'figures',
  'sources',
  'aliases',
  'partners',
  'investment',
  'seed',
  'dwellHours',
  'dwellSource',
  // Read by the planner and the exports, which wait for the details anyway.
  'sides',
  'located',
  'geometrySource',
  // All three languages; the view's names come from the reader's language's names file (NamesFile).
  'names',
] as const;

/** Every record with its details left out (lists stay as empty lists): what the map draws. */
export type ViewData = Omit<Dataset, 'sources'>;

/**
 * A line geometry of the view file with each line written as a string (packLine): about two thirds of the bytes of
 * the same coordinates as JSON numbers, once both are compressed. `decimals`: the precision the points were rounded
 * to, which packing keeps exactly.
 */
export interface PackedLines {
  type: 'PackedLines';
  multi: boolean;
  decimals: number;
  lines: string[];
}

type Packed<F extends { geometry: Geometry }> = Omit<F, 'geometry'> & { geometry: F['geometry'] | PackedLines };

/** The view as the build writes it: the legs' and projects' lines packed (unpackView reads it back). */
export interface ViewFile {
  corridors: Dataset['corridors'];
  nodes: Dataset['nodes'];
  segments: Packed<Dataset['segments'][number]>[];
  projects: Packed<Dataset['projects'][number]>[];
}

/**
 * A line as text: each point's difference from the one before in units of the last decimal kept (thousandths of a
 * degree by default), written in the five-bits-per-character scheme of the "encoded polyline" format (each
 * character is 63 + a 5-bit group, with 32 added while more groups follow; the sign sits in the lowest bit).
 */
export function packLine(line: Position[], decimals = 3): string {
  const scale = 10 ** decimals;
  let out = '';
  let prev = [0, 0];
  for (const p of line) {
    const here = [Math.round(p[0]! * scale), Math.round(p[1]! * scale)];
    for (let i = 0; i < 2; i++) {
      const d = here[i]! - prev[i]!;
      let v = d < 0 ? ~(d << 1) : d << 1;
      while (v >= 0x20) {
        out += String.fromCharCode((0x20 | (v & 0x1f)) + 63);
        v >>= 5;
      }
      out += String.fromCharCode(v + 63);
    }
    prev = here;
  }
  return out;
}

/** The points of a line packed by packLine with the same decimals. */
export function unpackLine(text: string, decimals = 3): Position[] {
  const scale = 10 ** decimals;
  const line: Position[] = [];
  const at = [0, 0];
  let i = 0;
  while (i < text.length) {
    for (let k = 0; k < 2; k++) {
      let v = 0;
      let shift = 0;
      let c: number;
      do {
        c = text.charCodeAt(i++) - 63;
        v |= (c & 0x1f) << shift;
        shift += 5;
      } while (c >= 0x20);
      at[k]! += v & 1 ? ~(v >> 1) : v >> 1;
    }
    line.push([at[0]! / scale, at[1]! / scale]);
  }
  return line;
}

/** Lines packed for the view file, their points rounded to `decimals` already; other geometries as they are. */
export function packGeometry<G extends Geometry>(g: G, decimals = 3): G | PackedLines {
  const pack = (line: Position[]) => packLine(line, decimals);
  if (g.type === 'LineString') return { type: 'PackedLines', multi: false, decimals, lines: [pack(g.coordinates)] };
  if (g.type === 'MultiLineString')
    return { type: 'PackedLines', multi: true, decimals, lines: g.coordinates.map(pack) };
  return g;
}

function unpackGeometry<G extends Geometry>(g: G | PackedLines): G {
  if (g.type !== 'PackedLines') return g;
  const lines = g.lines.map((line) => unpackLine(line, g.decimals));
  return (
    g.multi ? { type: 'MultiLineString', coordinates: lines } : { type: 'LineString', coordinates: lines[0] }
  ) as G;
}

const unpacked = <F extends { geometry: Geometry }>(f: Packed<F>): F =>
  ({ ...f, geometry: unpackGeometry(f.geometry) }) as F;

/** The view file read back into records the map can draw. */
export function unpackView(file: ViewFile): ViewData {
  return {
    corridors: file.corridors,
    nodes: file.nodes,
    segments: file.segments.map(unpacked),
    projects: file.projects.map(unpacked),
  };
}

/**
 * The records' names in one language, by id: the view carries none, and a reader downloads the names of the
 * language they read (a few KiB) instead of all three; the details carry all three for search and export.
 */
export interface NamesFile {
  lang: Lang;
  names: Record<string, string>;
}

/** The names of each language, as the build writes them beside the view. */
export function namesFiles(records: { id: string; names?: Names }[]): Record<Lang, NamesFile> {
  const file = (lang: Lang): NamesFile => ({
    lang,
    names: Object.fromEntries(records.flatMap((r) => (r.names ? [[r.id, r.names[lang]]] : []))),
  });
  return { zh: file('zh'), en: file('en'), ru: file('ru') };
}

function named<T extends object>(props: T, file: NamesFile): T {
  const id = (props as { id?: string }).id;
  const name = id === undefined ? undefined : file.names[id];
  if (name === undefined) return props;
  const names = (props as { names?: Partial<Names> }).names;
  return { ...props, names: { ...names, [file.lang]: name } };
}

/**
 * The view with the names of one more language put in. Until the details arrive a record's `names` holds only the
 * languages read so far; the store changes language only once that language's names are in (store/ui-slice.ts),
 * so whatever reads `names[lang]` for the reader's language finds it.
 */
export function withNames(view: ViewData, file: NamesFile): ViewData {
  const feature = <F extends WithProps>(f: F): F => ({ ...f, properties: named(f.properties, file) });
  return {
    corridors: view.corridors.map((c) => named(c, file)),
    nodes: view.nodes.map(feature),
    segments: view.segments.map(feature),
    projects: view.projects.map(feature),
  };
}

export interface DetailsFile {
  sources: Source[];
  /** Each record's detail fields by id. */
  records: Record<string, Record<string, unknown>>;
}

/** The planner's compact network: what it needs of the legs' full geometry, without the geometry. */
export interface NetworkFile {
  /** Each leg's length, westmost point and sea passages (Dataset.legFacts), by id. */
  legs: Record<string, LegFacts>;
  /** The countries each land leg's drawn line runs through (Dataset.drawnCountries), by id. */
  countries: Record<string, string[]>;
}

/**
 * The legs' lines drawn closer in than the view's (which are simplified for the first view's zooms), packed as the
 * view's are, by id.
 */
export interface LinesFile {
  legs: Record<string, PackedLines>;
}

export interface RoutingFile {
  /** The legs' full geometry by id (the view's is simplified for drawing). */
  geometry: Record<string, Geometry>;
}

type WithProps = { properties: object };

function withDetails<T extends object>(props: T, details: DetailsFile): T {
  const id = (props as { id?: string }).id;
  const more = id ? details.records[id] : undefined;
  return more ? { ...props, ...more } : props;
}

const featureWith = <F extends WithProps>(f: F, details: DetailsFile): F => ({
  ...f,
  properties: withDetails(f.properties, details),
});

/** The view with every record's details put back. */
export function mergeDetails(view: ViewData, details: DetailsFile): Dataset {
  return {
    sources: details.sources,
    corridors: view.corridors.map((c) => withDetails(c, details)),
    nodes: view.nodes.map((f) => featureWith(f, details)),
    segments: view.segments.map((f) => featureWith(f, details)),
    projects: view.projects.map((f) => featureWith(f, details)),
  };
}

/** The data with the planner's facts of each leg: enough to plan, with the km of the full geometry. */
export function mergeNetwork(data: Dataset, network: NetworkFile): Dataset {
  return { ...data, drawnCountries: network.countries, legFacts: network.legs };
}

/** The data with the legs drawn as the lines file has them (its lines for the middle zooms). */
export function mergeLines<D extends ViewData>(data: D, file: LinesFile): D {
  return {
    ...data,
    segments: data.segments.map((f) => {
      const packed = file.legs[f.properties.id];
      return packed ? ({ ...f, geometry: unpackGeometry(packed) } as typeof f) : f;
    }),
  };
}

/** The data with the legs' full geometry, for stories, exports and the map close in. */
export function mergeRouting(data: Dataset, routing: RoutingFile): Dataset {
  return {
    ...data,
    segments: data.segments.map((f) => {
      const geometry = routing.geometry[f.properties.id];
      return geometry ? ({ ...f, geometry } as typeof f) : f;
    }),
  };
}
