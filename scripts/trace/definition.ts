// The hand-written segment definitions (geo/segments.src.json): everything about a leg except its geometry.
import { z } from 'zod';
import { Gauge, Mode, Names, Range, Status, Figure } from '../../src/data/schema';

const id = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/);
const position = z.tuple([z.number(), z.number()]);

export const SegmentDefinition = z.strictObject({
  /** Defaults to <mode>_<from>_<to>. */
  id: id.optional(),
  from: id,
  to: id,
  mode: Mode.exclude(['pipeline']),
  gauge: Gauge.optional(),
  status: Status,
  opened: z.number().int().optional(),
  planned: z.number().int().optional(),
  season: z.strictObject({ from: z.number().int().min(1).max(12), to: z.number().int().min(1).max(12) }).optional(),
  corridors: z.array(id).min(1),
  sources: z.array(id).min(1),
  lengthKm: Range.optional(),
  hours: Range.optional(),
  names: Names.optional(),
  figures: z.array(Figure).optional(),
  /** Points the path must pass, in order: node ids or [lon, lat]. */
  via: z.array(z.union([id, position])).optional(),
  /** Trace only on these drawn lines (geo/lines ids) instead of the whole network of the mode. */
  lines: z.array(z.string()).optional(),
  /** How far a leg end may be from the network, in km (default by mode). */
  snapKm: z.number().positive().optional(),
  /** A leg kept in the definitions but left out of the build, with the reason. */
  disabled: z.string().optional(),
  /** Why the leg is drawn the way it is; kept in the definitions only. */
  note: z.string().optional(),
});
export type SegmentDefinition = z.infer<typeof SegmentDefinition>;

export const DefinitionFile = z.strictObject({ segments: z.array(SegmentDefinition) });

export function segmentId(d: SegmentDefinition): string {
  return d.id ?? `${d.mode}_${d.from}_${d.to}`;
}
