// What changed in the network between two years: each record whose status in the later year differs from the
// earlier one, told as a student would say it (opened, construction started, announced as a plan, closed).
import type { AtlasIndex } from './indexes';
import { statusInYear } from './select';
import type { Status } from './schema';

export type Change = 'opened' | 'started' | 'planned' | 'closed';

export interface YearChange {
  id: string;
  change: Change;
}

const BUILT: readonly Status[] = ['operational', 'suspended'];

/** How a record went from `before` to `after` (statuses in two years; null is "not in that year's network"). */
export function changeOf(before: Status | null, after: Status | null): Change | null {
  if (before === after) return null;
  if (after === null) return before !== null && BUILT.includes(before) ? 'closed' : null;
  if (BUILT.includes(after)) return before !== null && BUILT.includes(before) ? null : 'opened';
  if (after === 'under_construction') return 'started';
  return before === null ? 'planned' : null;
}

const ORDER: Change[] = ['opened', 'started', 'planned', 'closed'];

/**
 * The records that opened, started construction, were planned or closed after `from` and by the end of `to`
 * (either order: the earlier year is the "before"). `among` keeps only records the filters show in the later year.
 */
export function changesBetween(
  index: AtlasIndex,
  from: number,
  to: number,
  among?: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): YearChange[] {
  const [a, b] = from <= to ? [from, to] : [to, from];
  const out: YearChange[] = [];
  if (a === b) return out;
  for (const r of index.byId.values()) {
    if (r.type === 'corridor') continue;
    const change = changeOf(statusInYear(r, a), statusInYear(r, b));
    if (change && (!among || among.has(r.id) || change === 'closed')) out.push({ id: r.id, change });
  }
  return out.sort((x, y) => ORDER.indexOf(x.change) - ORDER.indexOf(y.change) || x.id.localeCompare(y.id));
}
