// geo/datapackage.json (Frictionless Data): each published file and each field of its records, generated from the
// zod schema so the description cannot drift from the data. `npm run data` writes it; a unit test checks it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { formatDataFile } from '../../src/data/format';
import { Corridor, NodeProps, ProjectProps, SegmentProps, Source } from '../../src/data/schema';

interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  anyOf?: JsonSchema[];
  enum?: unknown[];
}

const TYPES: Record<string, string> = {
  string: 'string',
  integer: 'integer',
  number: 'number',
  boolean: 'boolean',
  array: 'array',
  object: 'object',
};

function fields(schema: z.ZodType, described: Record<string, string>) {
  const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-7' }) as JsonSchema;
  return Object.entries(json.properties ?? {}).map(([name, p]) => {
    const type = Array.isArray(p.type) ? p.type[0] : (p.type ?? p.anyOf?.[0]?.type);
    const field: Record<string, unknown> = { name, type: TYPES[String(type)] ?? 'any' };
    const description = described[name] ?? p.description;
    if (description) field.description = description;
    if (p.enum) field.constraints = { enum: p.enum };
    return field;
  });
}

const COMMON: Record<string, string> = {
  id: 'The record id, unique across all files',
  names: 'The name in Chinese, English and Russian: { zh, en, ru }',
  aliases: 'Other spellings and local names',
  status: 'operational, under_construction, planned, proposed or suspended',
  opened: 'First year in service',
  planned: 'Year it is due to open',
  closed: 'Year service stopped',
  summary: 'One paragraph in zh, en and ru',
  figures: 'Quantities, each with unit, date (asOf) and source id',
  sources: 'Ids of the sources (sources.json) the record rests on',
  countries: 'ISO 3166-1 alpha-3 codes',
  located: 'The source id of the geometry',
  seed: 'The seed articles that name the record',
};

const resource = (name: string, path: string, description: string, schema: z.ZodType, geo: boolean) => ({
  name,
  path,
  profile: 'data-resource',
  format: geo ? 'geojson' : 'json',
  mediatype: geo ? 'application/geo+json' : 'application/json',
  encoding: 'utf-8',
  description,
  schema: { fields: fields(schema, COMMON) },
});

/** The text of geo/datapackage.json. */
export function dataPackage(root: string): string {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return formatDataFile({
    profile: 'data-package',
    name: 'corridor-atlas',
    title: 'Corridor Atlas: Eurasian transport corridors, ports, border crossings and projects of the SCO region',
    description:
      'Corridors, nodes (cities, ports, terminals, border crossings), legs and projects, each citing its sources, in Chinese, English and Russian. Built from the records in geo/records/ by `npm run data`; see geo/README.md for every field and geo/LICENCE.md for the licences.',
    version,
    homepage: 'geo/README.md',
    licenses: [
      {
        name: 'CC-BY-4.0',
        title: 'Creative Commons Attribution 4.0 International',
        path: 'https://creativecommons.org/licenses/by/4.0/',
      },
    ],
    sources: [
      { title: 'Natural Earth (public domain)', path: 'https://www.naturalearthdata.com/' },
      { title: 'Eurostat searoute marnet_plus (EUPL-1.2)', path: 'https://github.com/eurostat/searoute' },
      { title: 'NGA World Port Index, Pub. 150 (public domain)', path: 'https://msi.nga.mil/Publications/WPI' },
      { title: 'GeoNames (CC BY 4.0)', path: 'https://www.geonames.org/' },
      { title: 'Unicode CLDR (Unicode License v3)', path: 'https://cldr.unicode.org/' },
      { title: 'The publications listed in sources.json', path: 'sources.json' },
    ],
    resources: [
      resource(
        'sources',
        'sources.json',
        '{ "sources": [...] }: every publication and dataset a fact comes from',
        Source,
        false,
      ),
      resource(
        'corridors',
        'corridors.json',
        '{ "corridors": [...] }: corridors, branches, services, routes',
        Corridor,
        false,
      ),
      resource('nodes', 'nodes.geojson', 'Point features; properties as below', NodeProps, true),
      resource(
        'segments',
        'segments.geojson',
        'LineString legs of the network; properties as below',
        SegmentProps,
        true,
      ),
      resource(
        'projects',
        'projects.geojson',
        'Project features (points, lines); properties as below',
        ProjectProps,
        true,
      ),
    ],
  });
}
