// A link can name ids the data does not have (a typo, a record since renamed). The URL codecs only check the shape
// of ids, because they run before the data loads; once it has loaded, unknown ids are dropped here with a notice.
import type { AtlasIndex } from '../data/indexes';
import { t } from '../i18n';
import type { Filters } from './filters-slice';
import { useAppStore, type AppState } from './index';
import { replaceHistoryForNextChange } from './url-sync';

export interface KnownIdsResult {
  patch: Partial<AppState>;
  /** What was dropped, as key=value, for the notice. */
  dropped: string[];
}

function keep(list: readonly string[] | null, known: (v: string) => boolean, key: string, dropped: string[]) {
  if (list === null) return null;
  const kept = list.filter(known);
  for (const v of list) if (!known(v)) dropped.push(`${key}=${v}`);
  // A list whose every id was unknown restricts nothing the reader could have meant: show everything.
  return kept.length === 0 && list.length > 0 ? null : kept;
}

/** The state patch that removes ids unknown to the data, and what it removed. Pure. */
export function dropUnknownIds(state: Pick<AppState, 'selected' | 'filters'>, index: AtlasIndex): KnownIdsResult {
  const dropped: string[] = [];
  const countries = new Set<string>();
  for (const r of index.byId.values()) if (r.type !== 'segment') r.props.countries.forEach((c) => countries.add(c));
  const isCorridor = (id: string) => index.byId.get(id)?.type === 'corridor';
  const filters: Filters = {
    ...state.filters,
    corridors: keep(state.filters.corridors, isCorridor, 'corridors', dropped),
    countries: keep(state.filters.countries, (c) => countries.has(c), 'countries', dropped),
  };
  const patch: Partial<AppState> = {};
  if (state.selected !== null && !index.byId.has(state.selected)) {
    dropped.push(`sel=${state.selected}`);
    patch.selected = null;
  }
  if (dropped.some((d) => !d.startsWith('sel='))) patch.filters = filters;
  return { patch, dropped };
}

/** Applies dropUnknownIds to the live store; the cleaned address replaces the broken link in the history. */
export function enforceKnownIds(index: AtlasIndex): void {
  const state = useAppStore.getState();
  const { patch, dropped } = dropUnknownIds(state, index);
  if (!dropped.length) return;
  replaceHistoryForNextChange();
  useAppStore.setState(patch);
  useAppStore.getState().notify('info', t(state.lang, 'unknownIds', { ids: dropped.join(', ') }));
}
