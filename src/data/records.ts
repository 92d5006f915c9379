// The records an analyst edits: one JSON file per corridor, node, project and source under geo/records/. The build
// (scripts/data/) turns them into the generated files of geo/ that the app reads. A record holds what a source
// says; what the build derives (a crossing snapped onto its border, a project drawn through nodes) is written as
// the recipe in `where`, never as the result.
import { z } from 'zod';
import { Corridor, Iso3, NodeProps, Position, ProjectProps, Source } from './schema';

const id = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'ids are lower-case words joined by - or _');
const nonEmpty = z.string().trim().min(1);
/** The editor's link to the JSON Schema of the record; the build ignores it. */
const $schema = z.string().optional();

const at = Position.describe('[longitude, latitude] in WGS84 degrees');

/** Where a node's point comes from. Every form names its source; `border` and `coast` are moved by the build. */
export const NodeWhere = z.union([
  z
    .strictObject({ ne: z.string().regex(/^Q\d+$/, 'a Wikidata id such as Q1000852'), at })
    .describe('A Natural Earth populated place by its Wikidata id; `at` is its point in ne_10m_populated_places'),
  z
    .strictObject({ neName: nonEmpty, adm0: Iso3, near: at, at })
    .describe('A Natural Earth populated place without a Wikidata id, by name and country, nearest to `near`'),
  z
    .strictObject({ wpi: z.number().int().positive(), at })
    .describe('A World Port Index port by its WPI number; `at` is its point in the index'),
  z.strictObject({ nePort: nonEmpty, at }).describe('A Natural Earth port by name; `at` is its point in ne_10m_ports'),
  z
    .strictObject({ geonames: z.number().int().positive(), at })
    .describe('A GeoNames place by geonameid, with the coordinates GeoNames gives'),
  z
    .strictObject({ ref: id, at })
    .describe('Coordinates printed in a source (`ref`, a source id); rounded to 5 decimals by the build'),
  z
    .strictObject({ border: z.tuple([Iso3, Iso3]), ref: id, at })
    .describe(
      'A border crossing: the location `ref` publishes (`at`), moved by the build onto the Natural Earth boundary between the two countries',
    ),
  z
    .strictObject({
      coast: z.strictObject({
        from: at,
        km: z.number().nonnegative(),
        bearing: z.number().min(-180).max(360),
      }),
      ref: id,
    })
    .describe(
      'A port known by a description in `ref` ("34 km north-east of Sari"): the point so described, moved by the build onto the Natural Earth coastline',
    ),
]);
export type NodeWhere = z.infer<typeof NodeWhere>;

export const NodeRecord = NodeProps.omit({ located: true }).extend({ $schema, where: NodeWhere });
export type NodeRecord = z.infer<typeof NodeRecord>;

/** A position of a project's geometry: a node's point, a looked-up place, or coordinates from `located`. */
export const ProjectPlace = z.union([
  z.strictObject({ node: id }).describe('The point of a node record (as built into nodes.geojson)'),
  z
    .strictObject({ ne: z.string().regex(/^Q\d+$/, 'a Wikidata id such as Q1000852'), at })
    .describe('A Natural Earth populated place by Wikidata id; `at` is its point there'),
  z
    .strictObject({ geonames: z.number().int().positive(), at })
    .describe('A GeoNames place by geonameid, with the coordinates GeoNames gives'),
  z.strictObject({ at }).describe('Coordinates from the source the record names in `located`'),
]);
export type ProjectPlace = z.infer<typeof ProjectPlace>;

/** How a project's geometry is drawn from places. */
export const ProjectWhere = z.union([
  z.strictObject({ point: ProjectPlace }).describe('One point'),
  z.strictObject({ points: z.array(ProjectPlace).min(1) }).describe('Several points (MultiPoint)'),
  z.strictObject({ line: z.array(ProjectPlace).min(2) }).describe('A line straight through the places, in order'),
  z
    .strictObject({ seaLane: z.array(ProjectPlace).min(2) })
    .describe(
      'A line along the marnet shipping lanes through the places (undersea pipelines); traced only where ../shared/geodata is staged',
    ),
]);
export type ProjectWhere = z.infer<typeof ProjectWhere>;

export const ProjectRecord = ProjectProps.omit({ located: true }).extend({
  $schema,
  /** The source of the geometry. */
  located: id,
  where: ProjectWhere,
});
export type ProjectRecord = z.infer<typeof ProjectRecord>;

export const SourceRecord = Source.extend({ $schema });
export type SourceRecord = z.infer<typeof SourceRecord>;

export const CorridorRecord = Corridor.extend({ $schema });
export type CorridorRecord = z.infer<typeof CorridorRecord>;

/** The kinds of record, their folder under geo/records/ and their schema. */
export const RECORD_KINDS = {
  sources: { schema: SourceRecord, jsonSchema: 'source.schema.json' },
  corridors: { schema: CorridorRecord, jsonSchema: 'corridor.schema.json' },
  nodes: { schema: NodeRecord, jsonSchema: 'node.schema.json' },
  projects: { schema: ProjectRecord, jsonSchema: 'project.schema.json' },
} as const;
export type RecordKind = keyof typeof RECORD_KINDS;
