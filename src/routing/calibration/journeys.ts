// Published container journeys as the planner's test: the schema of journeys.json, read by the calibration command
// and the tests. How a journey is asked of the planner and scored is in evaluate.ts, which the browser reads too.
import { z } from 'zod';
import { issuesFromZod, formatIssue } from '../../data/parse';
import { SERVICE_CLASSES } from '../param-types';
import { isPassageCode } from '../passages';
import { TRANSPORT_MODES } from '../types';
import type { PublishedJourney } from './evaluate';

export {
  evaluateJourney,
  journeyQuery,
  journeyService,
  journeysOnRoute,
  summariseCalibration,
  TOLERANCE,
  type CalibrationSummary,
  type JourneyOnRoute,
  type JourneyResult,
} from './evaluate';

const JourneySource = z.strictObject({
  publisher: z.string().min(1),
  title: z.string().min(1),
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  url: z.string().min(1),
  /** What the source says, in our words. */
  says: z.string().min(1),
});

const Days = z
  .strictObject({ min: z.number().positive(), typical: z.number().positive(), max: z.number().positive() })
  .refine((d) => d.min <= d.typical && d.typical <= d.max, 'days must satisfy min ≤ typical ≤ max');

export const Journey = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  corridor: z.string().min(1),
  from: z.string().min(1),
  to: z.string().min(1),
  via: z.array(z.string().min(1)).optional(),
  modes: z.array(z.enum(TRANSPORT_MODES)).optional(),
  avoid: z
    .array(
      z
        .string()
        .refine(
          (c) => /^[A-Z]{3}$/.test(c) || isPassageCode(c),
          'a country (ISO 3166-1 alpha-3) or a sea passage (SUEZ)',
        ),
    )
    .optional(),
  month: z.number().int().min(1).max(12).optional(),
  /**
   * The kind of train, where the source says so (a record or express run, a scheduled block train, a regular or
   * wagonload service); absent, the journey is asked of the default, the scheduled block train.
   */
  service: z.enum(SERVICE_CLASSES).optional(),
  /** What in the source says which service it was, in our words (required with `service`). */
  serviceBecause: z.string().min(1).optional(),
  days: Days,
  /** Published length, where the source gives one. */
  km: z.number().positive().optional(),
  /** When the journey ran or was published. */
  date: z.string().regex(/^\d{4}(-\d{2})?$/),
  /** Not used to fit the parameters: the error on these says how well the model generalises. */
  heldOut: z.boolean(),
  sources: z.array(JourneySource).min(1),
  note: z.string().optional(),
  /**
   * For a held-out journey the model does not reproduce: why, in words. The test expects it to fail and says so
   * when it passes, so the note is removed once the model gets it right.
   */
  offBecause: z.string().min(1).optional(),
});
/** A type that must be a PublishedJourney: every journey the schema accepts is one the planner can ask and score. */
type Scorable<T extends PublishedJourney> = T;
export type Journey = Scorable<z.infer<typeof Journey>>;

const JourneyFile = z.strictObject({ description: z.string(), journeys: z.array(Journey).min(1) });

/** The journeys in a parsed JSON file, or the problems with the file's path and the JSON path of each. */
export function parseJourneys(
  file: string,
  raw: unknown,
): { ok: true; journeys: Journey[] } | { ok: false; message: string } {
  const r = JourneyFile.safeParse(raw);
  if (!r.success) return { ok: false, message: issuesFromZod(file, raw, r.error).map(formatIssue).join('\n') };
  const ids = new Set<string>();
  for (const [i, j] of r.data.journeys.entries()) {
    if (ids.has(j.id)) return { ok: false, message: `${file} at journeys[${i}].id: duplicate id ${j.id}` };
    ids.add(j.id);
    if (j.service && !j.serviceBecause)
      return {
        ok: false,
        message: `${file} at journeys[${i}].serviceBecause: say what in the source shows the service`,
      };
  }
  return { ok: true, journeys: r.data.journeys };
}
