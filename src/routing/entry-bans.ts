// Goods that have been in one country and may not enter another (params.entryBans: India's ban on the import and
// transit of goods exported from Pakistan). The search finds the best route leg by leg and cannot see where the
// cargo has been, so a route that breaks a ban is planned again without one of its two countries: the faster
// answer of the two that keeps the ban is offered, and when the question's own stops need both, none is.
import type { Filters } from './costs';
import type { EntryBan } from './param-types';
import type { PlannedAround, Route } from './plan-types';
import type { Criterion, Network } from './types';

/** The first ban a route breaks: it enters `into` after it has entered `from` (ports it only sails past aside). */
export function brokenBan(bans: readonly EntryBan[], route: Route): EntryBan | undefined {
  return bans.find((b) => {
    const entered = route.countries.indexOf(b.from);
    return entered >= 0 && route.countries.lastIndexOf(b.into) > entered;
  });
}

/** A ban in English words, for the planner's reason and the command line. */
export const banText = (b: Pick<EntryBan, 'from' | 'into' | 'since'>): string =>
  `goods that have been in ${b.from} may not enter ${b.into} (since ${b.since})`;

export type BanOutcome<T> = { ok: true; found: T; around?: PlannedAround } | { ok: false; ban: EntryBan };

/**
 * The first answer when it keeps every ban; else the better of the answers planned without each of the broken
 * ban's two countries that no stop is in (a question from Karachi to Mumbai cannot be answered without both).
 */
export function keepBans<T extends { route: Route }>(
  net: Network,
  stops: readonly number[],
  filters: Filters,
  by: Criterion,
  first: T,
  search: (filters: Filters) => T | null,
): BanOutcome<T> {
  const bans = net.params.entryBans;
  const ban = brokenBan(bans, first.route);
  if (!ban) return { ok: true, found: first };
  const score = (r: Route) => (by === 'time' ? r.hours.typical : r.km);
  const detours = [ban.from, ban.into]
    .filter((c) => !stops.some((i) => net.nodes[i]!.countries.includes(c)))
    .flatMap((avoided) => {
      const found = search({ ...filters, avoid: [...filters.avoid, avoided] });
      return found && !brokenBan(bans, found.route) ? [{ found, avoided }] : [];
    })
    .sort((a, b) => score(a.found.route) - score(b.found.route));
  const best = detours[0];
  if (!best) return { ok: false, ban };
  return {
    ok: true,
    found: best.found,
    around: { from: ban.from, into: ban.into, since: ban.since, avoided: best.avoided },
  };
}
