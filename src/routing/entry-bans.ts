// Goods that have been in one country and may not enter another (params.entryBans: India's ban on the import and
// transit of goods exported from Pakistan). The search finds the best route leg by leg and cannot see where the
// cargo has been, so a route that breaks a ban is planned again without one of its two countries: the faster
// answer of the two that keeps the ban is offered, and when the question's own stops need both, none is.
import type { EntryBan } from './param-types';
import type { Route } from './plan-types';

/** The first ban a route breaks: it enters `into` after it has entered `from` (ports it only sails past aside). */
export function brokenBan(bans: readonly EntryBan[], route: Route): EntryBan | undefined {
  return bans.find((b) => {
    const entered = route.countries.indexOf(b.from);
    return entered >= 0 && route.countries.lastIndexOf(b.into) > entered;
  });
}

/**
 * The countries the planner may leave out to keep a ban: each of the two, unless one of the question's stops is
 * in it (a question from Karachi to Mumbai cannot be answered without both).
 */
export function banDetours(ban: EntryBan, stopCountries: readonly string[][]): string[] {
  return [ban.from, ban.into].filter((c) => !stopCountries.some((countries) => countries.includes(c)));
}
