// The one schema of the corridor data. The validation script, the tests, the routing CLI and the app
// all parse geo/ through these definitions, so a record that passes here is a record the app can draw.
import { z } from 'zod';
import { MAX_URL_LENGTH, safeUrl } from './safe-url';
import {
  GAUGES,
  LANGS,
  MAX_ID,
  MAX_NAME,
  MAX_TEXT,
  MODES,
  NODE_KINDS,
  PROJECT_KINDS,
  STATUSES,
  UNITS,
  type Lang,
} from './vocab';

export { GAUGES, LANGS, MAX_ID, MAX_NAME, MAX_TEXT, MODES, NODE_KINDS, PROJECT_KINDS, STATUSES, UNITS, type Lang };

// No code generation: the app runs under a Content-Security-Policy without 'unsafe-eval'.
z.config({ jitless: true });

const id = z
  .string()
  .max(MAX_ID)
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'ids are lower-case words joined by - or _');
const nonEmpty = z.string().trim().min(1).max(MAX_NAME);
const text = z.string().max(MAX_TEXT);
/** A source's address: https:, or http: where the source has nothing better; never another scheme. */
const link = z
  .string()
  .max(MAX_URL_LENGTH)
  .refine((u) => safeUrl(u) !== null, 'a source url must be an absolute https:// (or http://) address');

/** A text in the three UI languages. */
export const Names = z.strictObject({ zh: nonEmpty, en: nonEmpty, ru: nonEmpty });
export type Names = z.infer<typeof Names>;

/** ISO 3166-1 alpha-3 country code. */
export const Iso3 = z.string().regex(/^[A-Z]{3}$/, 'ISO 3166-1 alpha-3, e.g. KAZ');

/** A date as precise as the source gives it: 2025, 2025-07 or 2025-07-16. */
export const PartialDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');
const year = z.number().int().min(1850).max(2100);

export const Status = z.enum(STATUSES);
export type Status = z.infer<typeof Status>;

export const Mode = z.enum(MODES);
export type Mode = z.infer<typeof Mode>;

export const Gauge = z.union([z.literal(1435), z.literal(1520), z.literal(1676)]);
export type Gauge = z.infer<typeof Gauge>;

/** A quantity the sources give as one value or as a spread; min <= typical <= max. */
export const Range = z
  .strictObject({
    min: z.number().nonnegative(),
    typical: z.number().nonnegative().optional(),
    max: z.number().nonnegative(),
  })
  .refine((r) => r.min <= r.max && (r.typical === undefined || (r.min <= r.typical && r.typical <= r.max)), {
    message: 'expected min <= typical <= max',
  });
export type Range = z.infer<typeof Range>;

export const Unit = z.enum(UNITS);

/** A figure: one value, or min / typical / max, always with a unit, an as-of date and a source. */
export const Figure = z
  .strictObject({
    label: Names,
    value: z.number().optional(),
    range: Range.optional(),
    unit: Unit,
    asOf: PartialDate,
    source: id,
    /** The words of the source, in its language, when the figure is quoted. */
    quote: text.optional(),
    note: Names.partial().optional(),
  })
  .refine((f) => (f.value === undefined) !== (f.range === undefined), {
    message: 'a figure has either value or range, not both',
  });
export type Figure = z.infer<typeof Figure>;

export const Source = z.strictObject({
  id,
  title: nonEmpty.describe('The title as the source prints it, in its own language.'),
  /** True when no printed title was seen and `title` only describes the page; shown in square brackets. */
  descriptiveTitle: z
    .literal(true)
    .optional()
    .describe('true when the title describes the page and is not the headline the page prints (that was not seen).'),
  publisher: nonEmpty,
  /**
   * When the source was published, or for a page revised in place (an encyclopedia article, a database entry, a
   * live index) the revision that was read, which is dated by the reading: then `accessed` says the same.
   */
  date: PartialDate.describe(
    'Publication date, as precise as the source gives it; for a page revised in place, the revision read (the day of `accessed`).',
  ),
  /** When the page was read, as precise as it was noted (a year, a month or a day). */
  accessed: PartialDate.optional().describe(
    'When the page was read: YYYY-MM-DD, or YYYY-MM / YYYY if only that was noted.',
  ),
  language: z.enum(['zh', 'en', 'ru', 'other']),
  kind: z.enum(['seed', 'article', 'reference', 'dataset', 'official']),
  url: link.optional(),
  /** The file in the repository, for datasets shipped with the project. */
  path: z.string().max(MAX_NAME).optional(),
  licence: z.string().max(MAX_NAME).optional(),
  note: text.optional(),
});
export type Source = z.infer<typeof Source>;

/** The months a seasonal leg or service runs, from and to inclusive (1 = January). */
export const Season = z.strictObject({
  from: z.number().int().min(1).max(12),
  to: z.number().int().min(1).max(12),
});

const common = {
  id,
  names: Names,
  /** Other spellings, transliterations and local names: all searchable. */
  aliases: z.array(nonEmpty).default([]),
  status: Status,
  /** Year the thing opened (operational or suspended records). */
  opened: year.optional(),
  /** Year it is planned to open (planned, proposed, under construction). */
  planned: year.optional(),
  /** Year it stopped operating (suspended records). */
  closed: year.optional(),
  summary: Names.optional(),
  figures: z.array(Figure).default([]),
  sources: z.array(id).min(1, 'every record names at least one source'),
};

export const Corridor = z.strictObject({
  ...common,
  kind: z.enum(['corridor', 'branch', 'service', 'pipeline', 'route']),
  /** For branches and services: the corridor they belong to. */
  parent: id.optional(),
  colour: z.string().regex(/^#[0-9a-f]{6}$/, 'colour as #rrggbb, lower case'),
  countries: z.array(Iso3).min(1),
  /** Month window for seasonal services, e.g. Arctic navigation July–November. */
  season: Season.optional(),
});
export type Corridor = z.infer<typeof Corridor>;

/** One side of a border crossing: the country and, for rail, its gauge. */
export const CrossingSide = z.strictObject({ country: Iso3, name: Names.optional(), gauge: Gauge.optional() });

export const NodeProps = z.strictObject({
  ...common,
  kind: z.enum(NODE_KINDS),
  countries: z.array(Iso3).min(1),
  /** Border crossings list both sides; index 0 and 1 are the two countries it joins. */
  sides: z.array(CrossingSide).length(2).optional(),
  /** What can cross or transfer here. */
  modes: z.array(Mode).min(1),
  /** Hours spent at the node (customs, transfer, gauge change), from a source. */
  dwellHours: Range.optional(),
  dwellSource: id.optional(),
  /** Named in a seed article: which one, so the seed-coverage report can list it. */
  seed: z.array(id).optional(),
  /** Where the coordinates come from (a source id). */
  located: id,
});
export type NodeProps = z.infer<typeof NodeProps>;

export const SegmentProps = z.strictObject({
  id,
  corridors: z.array(id).min(1),
  mode: Mode,
  gauge: Gauge.optional(),
  status: Status,
  opened: year.optional(),
  planned: year.optional(),
  closed: year.optional(),
  /** Months the leg runs (Northern Sea Route); absent means all year. */
  season: Season.optional(),
  /**
   * traced: follows a named line source; digitised: drawn through named points (towns, passes, junctions) close
   * enough that its length is within 5% of the published distance; schematic: endpoints known, path indicative.
   */
  precision: z.enum(['traced', 'digitised', 'schematic']),
  /** How the geometry was made, e.g. "ne_10m_railroads", "marnet", "digitised from <source id>". */
  geometrySource: id,
  from: id,
  to: id,
  /** Length as the sources state it (the geometry gives its own). */
  lengthKm: Range.optional(),
  /** Transit time on this leg as the sources state it. */
  hours: Range.optional(),
  names: Names.optional(),
  figures: z.array(Figure).default([]),
  sources: z.array(id).min(1),
});
export type SegmentProps = z.infer<typeof SegmentProps>;

export const ProjectProps = z.strictObject({
  ...common,
  kind: z.enum(PROJECT_KINDS),
  countries: z.array(Iso3).min(1),
  start: year.optional(),
  completion: year.optional(),
  investment: Figure.optional(),
  partners: z.array(nonEmpty).default([]),
  /** Segments, nodes or corridors this project builds or improves. */
  improves: z.array(id).default([]),
  seed: z.array(id).optional(),
  located: id,
});
export type ProjectProps = z.infer<typeof ProjectProps>;

const lon = z.number().min(-180).max(360);
const lat = z.number().min(-90).max(90);
export const Position = z.tuple([lon, lat]);
const Point = z.strictObject({ type: z.literal('Point'), coordinates: Position });
const LineString = z.strictObject({ type: z.literal('LineString'), coordinates: z.array(Position).min(2) });
const MultiLineString = z.strictObject({
  type: z.literal('MultiLineString'),
  coordinates: z.array(z.array(Position).min(2)).min(1),
});
const MultiPoint = z.strictObject({ type: z.literal('MultiPoint'), coordinates: z.array(Position).min(1) });
const Polygon = z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(z.array(Position).min(4)).min(1) });

const feature = <G extends z.ZodType, P extends z.ZodType>(geometry: G, properties: P) =>
  z.strictObject({ type: z.literal('Feature'), id: z.string().max(MAX_ID).optional(), geometry, properties });
const collection = <F extends z.ZodType>(f: F) =>
  z.strictObject({ type: z.literal('FeatureCollection'), features: z.array(f) });

export const NodeFeature = feature(Point, NodeProps);
export const SegmentFeature = feature(z.union([LineString, MultiLineString]), SegmentProps);
export const ProjectFeature = feature(z.union([Point, MultiPoint, LineString, MultiLineString, Polygon]), ProjectProps);
export type NodeFeature = z.infer<typeof NodeFeature>;
export type SegmentFeature = z.infer<typeof SegmentFeature>;
export type ProjectFeature = z.infer<typeof ProjectFeature>;

/** The files of geo/ and the schema each must satisfy. */
export const DATA_FILES = {
  'sources.json': z.strictObject({ sources: z.array(Source) }),
  'corridors.json': z.strictObject({ corridors: z.array(Corridor) }),
  'nodes.geojson': collection(NodeFeature),
  'segments.geojson': collection(SegmentFeature),
  'projects.geojson': collection(ProjectFeature),
} as const;
export type DataFileName = keyof typeof DATA_FILES;

export interface Dataset {
  sources: Source[];
  corridors: Corridor[];
  nodes: NodeFeature[];
  segments: SegmentFeature[];
  projects: ProjectFeature[];
  /**
   * Derived, not in geo/: the countries each rail and road leg's drawn line runs through, in order, by segment id
   * (data/countries-along.ts against geo/ref/'s boundary lines). Absent when the boundary lines were not at hand.
   */
  drawnCountries?: Record<string, string[]>;
  /**
   * Derived at build time, not in geo/: what the planner reads of each leg's full geometry (its length, westmost
   * point and sea passages), so it can plan on the view's simplified lines with the km of the full ones.
   */
  legFacts?: Record<string, LegFacts>;
}

/** Facts of a leg's full geometry the route planner needs (routing/leg-facts.ts). */
export interface LegFacts {
  /** The drawn line's length. */
  km: number;
  /** Its westmost longitude. */
  westmost: number;
  /** The sea passages it runs through (routing/passages.ts). */
  passages: string[];
}
