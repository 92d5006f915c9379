// The JSON Schema of each record kind, generated from the zod schema of src/data/records.ts so the two cannot
// drift apart: `npm run data` writes geo/schema/*.schema.json, a unit test fails when a committed one is stale.
// Editors read it through the `$schema` line of every record file (completion, red squiggles on mistakes).
import { z } from 'zod';
import { formatDataFile } from '../../src/data/format';
import { RECORD_KINDS, type RecordKind } from '../../src/data/records';

const TITLES: Record<RecordKind, string> = {
  sources: 'A source of Corridor Atlas: an article, dataset or reference a fact comes from',
  corridors: 'A corridor, branch, service or route of Corridor Atlas',
  nodes: 'A node of Corridor Atlas: a city, terminal, port, border crossing or junction',
  projects: 'An infrastructure or cooperation project of Corridor Atlas',
};

/** The text of geo/schema/<kind>.schema.json for each record kind, by file name. */
export function recordJsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kind of Object.keys(RECORD_KINDS) as RecordKind[]) {
    const { schema, jsonSchema } = RECORD_KINDS[kind];
    const generated = z.toJSONSchema(schema, { io: 'input', target: 'draft-7' });
    out[jsonSchema] = formatDataFile({
      ...generated,
      title: TITLES[kind],
      description: `Generated from src/data/records.ts by \`npm run data\`; edit the zod schema, not this file. The records live in geo/records/${kind}/.`,
    });
  }
  return out;
}
