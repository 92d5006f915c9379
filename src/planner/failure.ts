// Why there is no route, in the reader's language. The planner gives a failure code and, for blocked routes, the
// causes as data (the avoided countries, the first link not yet open and its crossing, the closed seasonal legs,
// the missing modes); the words are made here. Place problems name the stop (origin, destination, a stop on the
// way) and offer the places meant, perhaps.
import type { Lang } from '../data/schema';
import { t } from '../i18n';
import { statusText } from '../panels/record-text';
import type { Status } from '../data/schema';
import { resolvePlace, type Cause, type Network, type PlanResult } from '../routing';
import type { RoutePlan } from '../store/route-slice';
import { countryName } from '../i18n/countries';
import { corridorName, countryList, joinList, linkName, modeWord, monthName, placeName } from './words';

type Failure = Extract<PlanResult, { ok: false }>;

export interface Candidate {
  id: string;
  name: string;
}

export interface FailureWords {
  message: string;
  /** For an unknown or ambiguous place: which stop, and the places meant, perhaps. */
  stop?: { role: 'from' | 'to' | 'via'; index: number };
  candidates: Candidate[];
}

interface Stop {
  role: 'from' | 'to' | 'via';
  index: number;
  text: string;
}

function stopsOf(plan: RoutePlan): Stop[] {
  const via = plan.via.map((text, index) => ({ role: 'via' as const, index, text }));
  return [{ role: 'from', index: 0, text: plan.from }, ...via, { role: 'to', index: 0, text: plan.to }];
}

const roleWord = (role: Stop['role'], lang: Lang) =>
  t(lang, role === 'from' ? 'routeRoleFrom' : role === 'to' ? 'routeRoleTo' : 'routeRoleVia');

const lower = (status: Status, lang: Lang) => statusText(status, lang).toLocaleLowerCase(lang);
const opening = (planned: number | undefined, lang: Lang) =>
  planned ? t(lang, 'routeOpening', { year: planned }) : '';

/** The statuses a scenario uses: the routing engine's documented rule (proposed and suspended never). */
const scenario = (includePlanned: boolean): Status[] =>
  includePlanned ? ['operational', 'under_construction', 'planned'] : ['operational'];

function causeWords(net: Network, c: Cause, lang: Lang): string {
  if (c.kind === 'avoid')
    return t(lang, c.together ? 'routeBlockedAvoidTogether' : 'routeBlockedAvoid', {
      countries: countryList(c.countries, lang, c.together ? 'conjunction' : 'disjunction'),
    });
  if (c.kind === 'season') {
    const parts = c.legs.map((l) =>
      t(lang, 'routeBlockedSeason', {
        leg: l.corridor ? corridorName(net, l.corridor, lang) : linkName(net, l.segment, lang),
        from: monthName(l.season.from, lang),
        to: monthName(l.season.to, lang),
        month: monthName(c.month, lang),
      }),
    );
    return [...new Set(parts)].join(' ');
  }
  if (c.kind === 'modes')
    return t(lang, 'routeBlockedModes', {
      allowed: joinList(
        c.allowed.map((m) => modeWord(m, lang)),
        lang,
      ),
      needed: joinList(
        c.needed.map((m) => modeWord(m, lang)),
        lang,
      ),
    });
  if (c.kind === 'ban')
    return t(lang, 'routeBlockedBan', {
      from: countryList([c.from], lang),
      into: countryList([c.into], lang),
      since: c.since,
    });
  const link = { link: linkName(net, c.link, lang), status: lower(c.status, lang), when: opening(c.planned, lang) };
  if (c.crossing && c.countries)
    return t(lang, 'routeBlockedCrossing', {
      a: countryList([c.countries[0]], lang),
      b: countryList([c.countries[1]], lang),
      crossing: placeName(net, c.crossing, lang),
      ...link,
    });
  return t(lang, 'routeBlockedStatus', link);
}

const nodeOf = (net: Network, id: string) => net.nodes[net.nodeIndex.get(id)!]!;

/** The place a stop resolves to, as the planner resolves it (places with legs preferred). */
function resolved(net: Network, text: string) {
  return resolvePlace(net, text, (id) => nodeOf(net, id).carriers !== 0);
}

function placeWords(net: Network, plan: RoutePlan, f: Failure, lang: Lang): FailureWords | null {
  const stops = stopsOf(plan);
  const bad = stops.find((s) => {
    const r = resolved(net, s.text);
    return !r.ok && r.code === f.code;
  });
  const candidates = (f.candidates ?? []).map((c) => ({
    id: c.id,
    name: `${placeName(net, c.id, lang)} (${c.countries.map((k) => countryName(k, lang)).join(', ')})`,
  }));
  if (!bad) return null;
  const key = f.code === 'unknown_place' ? 'routeUnknownPlace' : 'routeAmbiguousPlace';
  return {
    message: t(lang, key, { text: bad.text, role: roleWord(bad.role, lang) }),
    stop: { role: bad.role, index: bad.index },
    candidates,
  };
}

/** Words for a stop the scenario rules out or that has no legs of an allowed mode. */
function stopWords(net: Network, plan: RoutePlan, code: Failure['code'], lang: Lang): string | null {
  for (const s of stopsOf(plan)) {
    const r = resolved(net, s.text);
    if (!r.ok) continue;
    const node = nodeOf(net, r.id);
    const vars = { place: node.names[lang], role: roleWord(s.role, lang) };
    if (code === 'endpoint_excluded') {
      const avoided = node.countries.filter((c) => plan.avoid.includes(c));
      if (avoided.length) return t(lang, 'routeEndpointAvoided', { ...vars, countries: countryList(avoided, lang) });
      if (!scenario(plan.includePlanned).includes(node.status)) {
        const text = t(lang, 'routeEndpointStatus', {
          ...vars,
          status: lower(node.status, lang),
          when: opening(node.planned, lang),
        });
        const canPlan = !plan.includePlanned && scenario(true).includes(node.status);
        return canPlan ? `${text} ${t(lang, 'routeEndpointTryPlanned')}` : text;
      }
    } else {
      const legs = Array.from(net.adjSegments.subarray(net.adjStart[node.index], net.adjStart[node.index + 1]));
      if (!legs.length) return t(lang, 'routeNoLegsAtAll', vars);
      if (!legs.some((g) => plan.modes.includes(net.segments[g]!.mode)))
        return t(lang, 'routeNoLegs', {
          ...vars,
          modes: joinList(
            plan.modes.map((m) => modeWord(m, lang)),
            lang,
            'disjunction',
          ),
        });
    }
  }
  return null;
}

function samePlaceWords(net: Network, plan: RoutePlan, lang: Lang): string {
  const ids = stopsOf(plan).map((s) => {
    const r = resolved(net, s.text);
    return r.ok ? r.id : s.text;
  });
  const at = ids.findIndex((id, i) => i > 0 && ids[i - 1] === id);
  const place = placeName(net, ids[Math.max(at, 0)] ?? '', lang);
  return t(lang, ids.length === 2 ? 'routeSamePlace' : 'routeSameStops', { place });
}

export function failureWords(net: Network, plan: RoutePlan, f: Failure, lang: Lang): FailureWords {
  const plain = (message: string): FailureWords => ({ message, candidates: [] });
  switch (f.code) {
    case 'unknown_place':
    case 'ambiguous_place':
      return placeWords(net, plan, f, lang) ?? plain(t(lang, 'routeBadQuery'));
    case 'same_place':
      return plain(samePlaceWords(net, plan, lang));
    case 'endpoint_excluded':
    case 'no_legs':
      return plain(stopWords(net, plan, f.code, lang) ?? t(lang, 'routeBadQuery'));
    case 'blocked_by_avoid':
    case 'blocked_by_status':
    case 'blocked_by_season':
    case 'blocked_by_modes':
    case 'blocked_by_ban': {
      const cause = f.causes?.[0];
      return plain(cause ? causeWords(net, cause, lang) : t(lang, 'routeBadQuery'));
    }
    case 'blocked_by_several':
      return plain(
        t(lang, 'routeBlockedSeveral', { causes: (f.causes ?? []).map((c) => causeWords(net, c, lang)).join(' ') }),
      );
    case 'unreachable': {
      const ends = stopsOf(plan).map((s) => {
        const r = resolved(net, s.text);
        return r.ok ? r.names[lang] : s.text;
      });
      return plain(t(lang, 'routeUnreachable', { from: ends[0] ?? '', to: ends.at(-1) ?? '' }));
    }
    default:
      return plain(t(lang, 'routeBadQuery'));
  }
}
