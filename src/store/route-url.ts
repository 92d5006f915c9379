// URL fields of the route plan. A link with a plan opens the atlas with that route on the map:
//
//   from=<place>      origin: a node id or any name, alias or spelling the planner resolves (zh, en, ru)
//   to=<place>        destination, the same
//   via=<a>,<b>       stops on the way, in order (at most MAX_VIA)
//   by=distance       the shortest route; absent: the fastest
//   allow=rail,sea    modes allowed (rail, road, ferry, sea); absent: all four
//   avoid=RUS,SUEZ    countries to avoid (ISO 3166-1 alpha-3), and SUEZ for the Suez Canal and the Red Sea
//   sea=1             the best sea route beside the answers ("compare with sea")
//   planned=1         the scenario with planned and under-construction links; absent: operational only
//   month=2           month of departure 1–12 (seasonal legs); absent: any month
//   service=express   the kind of train: express or regular; absent: the scheduled block train
//   alt=1             the alternative shown (1, 2, 3); absent: the best route
//
// Every key but alt adds a history entry, so Back returns to the previous plan; choosing an alternative only
// rewrites the current entry. A malformed value is dropped with the link notice. Whether a place exists is the
// planner's answer, shown in the Route tab, not a malformed link.
import { isPassageCode } from '../routing/passages';
import { SERVICE_CLASSES, type ServiceClass } from '../routing/param-types';
import { TRANSPORT_MODES, type TransportMode } from '../routing/types';
import { EMPTY_PLAN, type RoutePlan } from './route-slice';
import { parseNumber, type UrlField } from './url';

export const MAX_VIA = 5;
const MAX_PLACE = 80;
const ISO3 = /^[A-Z]{3}$/;
// A name in any script with a letter or digit in it; no control characters, and no commas (they separate stops).
const place = (v: string): string | null => {
  const s = v.trim();
  const ok = s.length <= MAX_PLACE && /[\p{L}\p{N}]/u.test(s) && !/[\p{Cc}\p{Cf},]/u.test(s);
  return ok ? s : null;
};

function list<T extends string>(v: string, valid: (x: string) => x is T): T[] | null {
  const items = v.split(',');
  return items.length && items.every(valid) ? [...new Set(items)] : null;
}

const isPlace = (x: string): x is string => place(x) !== null;
const isMode = (x: string): x is TransportMode => (TRANSPORT_MODES as readonly string[]).includes(x);
const isCountry = (x: string): x is string => ISO3.test(x) || isPassageCode(x);

const readMonth = (v: string) => {
  const n = parseNumber(v, 1, 12);
  return n !== null && Number.isInteger(n) ? n : null;
};
const readChoice = (v: string) => {
  const n = parseNumber(v, 1, 10);
  return n !== null && Number.isInteger(n) ? n : null;
};

/** Each key's reading; null when its value is malformed. */
const READ: Record<string, (v: string) => Partial<RoutePlan> | null> = {
  from: (v) => (place(v) ? { from: place(v)! } : null),
  to: (v) => (place(v) ? { to: place(v)! } : null),
  via: (v) => {
    const stops = list(v, isPlace);
    return stops && stops.length <= MAX_VIA ? { via: stops.map((s) => s.trim()) } : null;
  },
  by: (v) => (v === 'distance' || v === 'time' ? { by: v } : null),
  allow: (v) => {
    const modes = list(v, isMode);
    return modes ? { modes: TRANSPORT_MODES.filter((m) => modes.includes(m)) } : null;
  },
  avoid: (v) => {
    const countries = list(v, isCountry);
    return countries ? { avoid: countries } : null;
  },
  planned: (v) => (v === '1' ? { includePlanned: true } : v === '0' ? { includePlanned: false } : null),
  month: (v) => (readMonth(v) === null ? null : { month: readMonth(v) }),
  service: (v) => ((SERVICE_CLASSES as readonly string[]).includes(v) ? { service: v as ServiceClass } : null),
  sea: (v) => (v === '1' ? { compareSea: true } : v === '0' ? { compareSea: false } : null),
  alt: (v) => (readChoice(v) === null ? null : { choice: readChoice(v)! }),
};

/**
 * The whole plan from the whole query. Every route key's codec returns this same object, because the URL codec
 * merges patches key by key and the plan is one value; a malformed key counts as absent here.
 */
export function readPlan(all: URLSearchParams): RoutePlan {
  let plan: RoutePlan = EMPTY_PLAN;
  for (const [key, read] of Object.entries(READ)) {
    const raw = all.get(key);
    const part = raw === null ? null : read(raw);
    if (part) plan = { ...plan, ...part };
  }
  return plan;
}

const WRITE: Record<string, (p: RoutePlan) => string | undefined> = {
  // What a link could not carry back (a typed comma) stays out of it.
  from: (p) => place(p.from) ?? undefined,
  to: (p) => place(p.to) ?? undefined,
  via: (p) => {
    const stops = p.via.flatMap((v) => place(v) ?? []);
    return stops.length ? stops.slice(0, MAX_VIA).join(',') : undefined;
  },
  by: (p) => (p.by === 'time' ? undefined : p.by),
  allow: (p) => (p.modes.length === TRANSPORT_MODES.length ? undefined : p.modes.join(',')),
  avoid: (p) => (p.avoid.length ? p.avoid.join(',') : undefined),
  planned: (p) => (p.includePlanned ? '1' : undefined),
  month: (p) => (p.month === null ? undefined : String(p.month)),
  service: (p) => (p.service === 'block' ? undefined : p.service),
  sea: (p) => (p.compareSea ? '1' : undefined),
  alt: (p) => (p.choice > 0 ? String(p.choice) : undefined),
};

function field(key: string): UrlField {
  const read = READ[key]!;
  const write = WRITE[key]!;
  return {
    key,
    read: (v, all) => (read(v) ? { routePlan: readPlan(all) } : null),
    write: (s) => write(s.routePlan),
    history: key === 'alt' ? 'replace' : 'push',
    absent: () => ({ routePlan: EMPTY_PLAN }),
    // A stop named twice is visited once (a route never repeats a place): say so rather than drop it silently.
    ...(key === 'via' ? { corrects: (v: string) => new Set(v.split(',')).size < v.split(',').length } : {}),
  };
}

export const ROUTE_URL_FIELDS: UrlField[] = Object.keys(READ).map(field);
