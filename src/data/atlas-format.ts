// The shape of the files the build prepares from geo/ (scripts/vite/atlas-data.ts) and how the browser puts them
// back together. They passed the schema at build time, so the browser reads them as they are.
import type { Geometry } from 'geojson';
import type { Dataset, Source } from './schema';

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
] as const;

/** What the map draws: every record with its details left out (lists stay as empty lists). */
export type ViewFile = Omit<Dataset, 'sources'>;

export interface DetailsFile {
  sources: Source[];
  /** Each record's detail fields by id. */
  records: Record<string, Record<string, unknown>>;
}

export interface RoutingFile {
  /** The legs' full geometry by id (the view's is simplified for drawing). */
  geometry: Record<string, Geometry>;
  /** The countries each land leg's drawn line runs through (Dataset.drawnCountries), by id. */
  countries: Record<string, string[]>;
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
export function mergeDetails(view: ViewFile, details: DetailsFile): Dataset {
  return {
    sources: details.sources,
    corridors: view.corridors.map((c) => withDetails(c, details)),
    nodes: view.nodes.map((f) => featureWith(f, details)),
    segments: view.segments.map((f) => featureWith(f, details)),
    projects: view.projects.map((f) => featureWith(f, details)),
  };
}

/** The data with the legs' full geometry and countries, for the route planner. */
export function mergeRouting(data: Dataset, routing: RoutingFile): Dataset {
  return {
    ...data,
    drawnCountries: routing.countries,
    segments: data.segments.map((f) => {
      const geometry = routing.geometry[f.properties.id];
      return geometry ? ({ ...f, geometry } as typeof f) : f;
    }),
  };
}
