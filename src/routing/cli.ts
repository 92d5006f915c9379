// Command-line options of `npm run route`, parsed into a route question. Pure, so it can be tested without a
// process; the script only reads files and prints.
import { SERVICE_CLASSES, type ServiceClass } from './param-types';
import { TRANSPORT_MODES, type FailureCode, type RouteQuery, type TransportMode } from './types';

export interface RouteArgs {
  query: RouteQuery;
  json: boolean;
  export?: 'csv' | 'geojson';
  dataDir: string;
}

export const ROUTE_USAGE = `usage: npm run route -- --from <id or name> --to <id or name> [options]
  --via <place>[,<place>…]     pass these places in order (repeatable)
  --avoid RUS[,KAZ…]           no leg or stop in these countries (ISO 3166-1 alpha-3); a ship may sail past
                               their ports without calling; SUEZ keeps off the Suez Canal and the Red Sea
  --include-planned            also use planned and under-construction links
  --by time|distance           fastest (default) or shortest
  --month 1-12                 month of travel: seasonal legs only in their window
  --modes rail,road,ferry,sea  allowed modes (default all)
  --alternatives N             how many alternatives (default 3)
  --service express|block|regular
                               the kind of train: express, scheduled block train (default), regular or wagonload
  --json                       print the answer as JSON
  --export csv|geojson         print the best route as CSV or GeoJSON
  --data <dir>                 data folder (default geo)`;

type Parsed = { ok: true; args: RouteArgs } | { ok: false; message: string };

const FLAGS = ['include-planned', 'json', 'help'];
const VALUES = ['from', 'to', 'via', 'avoid', 'by', 'month', 'modes', 'alternatives', 'export', 'data', 'service'];

const list = (values: string[]) =>
  values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

export function parseRouteArgs(argv: string[]): Parsed {
  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) return { ok: false, message: `unexpected argument "${arg}"` };
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (FLAGS.includes(name)) {
      flags.add(name);
      continue;
    }
    if (!VALUES.includes(name)) return { ok: false, message: `unknown option --${name}` };
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--')))
      return { ok: false, message: `--${name} needs a value` };
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  if (flags.has('help')) return { ok: false, message: ROUTE_USAGE };
  const one = (name: string) => values.get(name)?.at(-1);
  const from = one('from');
  const to = one('to');
  if (!from || !to) return { ok: false, message: 'both --from and --to are needed' };
  const by = one('by') ?? 'time';
  if (by !== 'time' && by !== 'distance') return { ok: false, message: `--by is time or distance, not "${by}"` };
  const modes = list(values.get('modes') ?? []);
  const badMode = modes.find((m) => !TRANSPORT_MODES.includes(m as TransportMode));
  if (badMode) return { ok: false, message: `unknown mode "${badMode}"; use ${TRANSPORT_MODES.join(', ')}` };
  const number = (name: string) => {
    const v = one(name);
    return v === undefined ? undefined : /^\d+$/.test(v) ? Number(v) : NaN;
  };
  const month = number('month');
  if (Number.isNaN(month)) return { ok: false, message: '--month is a number from 1 to 12' };
  const alternatives = number('alternatives');
  if (Number.isNaN(alternatives)) return { ok: false, message: '--alternatives is a whole number' };
  const exp = one('export');
  if (exp !== undefined && exp !== 'csv' && exp !== 'geojson')
    return { ok: false, message: `--export is csv or geojson, not "${exp}"` };
  const service = one('service') ?? 'block';
  if (!SERVICE_CLASSES.includes(service as ServiceClass))
    return { ok: false, message: `--service is ${SERVICE_CLASSES.join(', ')}, not "${service}"` };
  const query: RouteQuery = {
    from,
    to,
    via: list(values.get('via') ?? []),
    avoid: list(values.get('avoid') ?? []),
    by,
    modes: modes as TransportMode[],
    includePlanned: flags.has('include-planned'),
    month,
    alternatives,
    service: service as ServiceClass,
  };
  return { ok: true, args: { query, json: flags.has('json'), export: exp, dataDir: one('data') ?? 'geo' } };
}

/** Failures that mean the question itself was wrong (exit 2), as opposed to a question with no route (exit 0). */
export const BAD_INPUT: FailureCode[] = ['bad_query', 'unknown_place', 'ambiguous_place', 'same_place'];
