// Checks a route question and resolves its places: bad options, unknown or ambiguous names, the same place twice
// and endpoints the scenario excludes all come back as answers in words, never as exceptions.
import { scenarioStatuses } from './costs';
import { isPassageCode } from './passages';
import { resolvePlace } from './resolve';
import { SERVICE_CLASSES } from './param-types';
import { DEFAULT_SERVICE } from './service';
import { carrierMode } from './timing';
import {
  CARRIERS,
  TRANSPORT_MODES,
  type FailureCode,
  type Network,
  type PlaceRef,
  type ResolvedQuery,
  type RouteQuery,
} from './types';

export type Checked =
  | { ok: true; query: ResolvedQuery; stops: number[] }
  | { ok: false; code: FailureCode; reason: string; candidates?: PlaceRef[] };

const fail = (code: FailureCode, reason: string, candidates?: PlaceRef[]): Checked => ({
  ok: false,
  code,
  reason,
  candidates,
});

export const nameOf = (net: Network, index: number): string => net.nodes[index]?.names.en ?? String(index);

export function checkQuery(net: Network, q: RouteQuery): Checked {
  const modes = q.modes && q.modes.length ? [...new Set(q.modes)] : [...TRANSPORT_MODES];
  const badMode = modes.find((m) => !TRANSPORT_MODES.includes(m));
  if (badMode) return fail('bad_query', `unknown mode "${badMode}"; use ${TRANSPORT_MODES.join(', ')}`);
  const avoid = [...new Set((q.avoid ?? []).map((c) => c.trim().toUpperCase()).filter(Boolean))];
  const badCountry = avoid.find((c) => !/^[A-Z]{3}$/.test(c) && !isPassageCode(c));
  if (badCountry)
    return fail('bad_query', `"${badCountry}" is not an ISO 3166-1 alpha-3 country code (e.g. RUS) nor SUEZ`);
  if (q.month !== undefined && !(Number.isInteger(q.month) && q.month >= 1 && q.month <= 12))
    return fail('bad_query', `month must be a whole number from 1 to 12, not ${q.month}`);
  const by = q.by ?? 'time';
  if (by !== 'time' && by !== 'distance') return fail('bad_query', `rank by "time" or "distance", not "${String(by)}"`);
  const alternatives = q.alternatives ?? 3;
  if (!(Number.isInteger(alternatives) && alternatives >= 0 && alternatives <= 10))
    return fail('bad_query', 'alternatives must be a whole number from 0 to 10');
  const service = q.service ?? DEFAULT_SERVICE;
  if (!SERVICE_CLASSES.includes(service))
    return fail('bad_query', `service is ${SERVICE_CLASSES.join(', ')}, not "${String(service)}"`);
  const mask = CARRIERS.reduce((m, c, i) => (modes.includes(carrierMode(c)) ? m | (1 << i) : m), 0);
  const usable = (id: string) => (net.nodes[net.nodeIndex.get(id)!]!.carriers & mask) !== 0;
  const texts = [q.from, ...(q.via ?? []), q.to];
  const stops: number[] = [];
  for (const [i, text] of texts.entries()) {
    const role = i === 0 ? 'origin' : i === texts.length - 1 ? 'destination' : 'via';
    if (!text || !text.trim()) return fail('bad_query', `the ${role} is empty`);
    const r = resolvePlace(net, text, usable);
    if (!r.ok) return fail(r.code, `${role}: ${r.reason}`, r.candidates);
    stops.push(net.nodeIndex.get(r.id)!);
  }
  const repeat = stops.findIndex((s, i) => i > 0 && stops[i - 1] === s);
  if (repeat > 0) {
    const what = stops.length === 2 ? 'origin and destination are' : 'two stops in a row are';
    return fail('same_place', `${what} the same place (${nameOf(net, stops[repeat]!)})`);
  }
  const query: ResolvedQuery = {
    from: net.nodes[stops[0]!]!.id,
    to: net.nodes[stops[stops.length - 1]!]!.id,
    via: stops.slice(1, -1).map((s) => net.nodes[s]!.id),
    by,
    modes,
    avoid,
    includePlanned: q.includePlanned ?? false,
    month: q.month,
    alternatives,
    service,
  };
  const excluded = excludedStop(net, query, stops);
  return excluded ?? { ok: true, query, stops };
}

/** A stop the scenario itself rules out: in an avoided country, not yet open, or without legs of an allowed mode. */
function excludedStop(net: Network, q: ResolvedQuery, stops: number[]): Checked | undefined {
  const statuses = scenarioStatuses(q.includePlanned);
  for (const [i, s] of stops.entries()) {
    const node = net.nodes[s]!;
    const role = i === 0 ? 'the origin' : i === stops.length - 1 ? 'the destination' : 'the via point';
    const avoided = node.countries.filter((c) => q.avoid.includes(c));
    if (avoided.length)
      return fail('endpoint_excluded', `${role} ${node.names.en} is in an avoided country (${avoided.join(', ')})`);
    if (!statuses.includes(node.status)) {
      const when = node.planned ? `, opening ${node.planned}` : '';
      const hint = q.includePlanned ? '' : '; include planned links to use it';
      return fail('endpoint_excluded', `${role} ${node.names.en} is ${node.status.replace('_', ' ')}${when}${hint}`);
    }
    const touching = Array.from(
      net.adjSegments.subarray(net.adjStart[s], net.adjStart[s + 1]),
      (g) => net.segments[g]!,
    );
    if (!touching.some((g) => q.modes.includes(g.mode))) {
      const what = touching.length ? `no ${q.modes.join('/')} legs` : 'no transport legs';
      return fail('no_legs', `${role} ${node.names.en} has ${what} in the data`);
    }
  }
  return undefined;
}
