// The loaded data as the search, the list and the exports need it: a search index built once per dataset (with
// the details, asked for when the reader starts a search), and
// the records the current filters show, recomputed only when the filters change.
import { useMemo } from 'react';
import { reached, useDataset } from '../data/dataset';
import type { AtlasIndex } from '../data/indexes';
import type { Dataset, Status } from '../data/schema';
import { visibleRecords } from '../data/select';
import { indexDataset, type SearchIndex } from '../search';
import { useAppStore } from '../store';

export { useAtlasIndex } from '../data/use-atlas-index';

const searchIndexes = new WeakMap<Dataset, SearchIndex>();

export function useSearchIndex(): SearchIndex | null {
  const dataset = useDataset();
  // Names in other spellings and the summaries are searched too: they come with the details.
  if (dataset.status !== 'ready' || !reached(dataset, 'details')) return null;
  let index = searchIndexes.get(dataset.data);
  if (!index) {
    index = indexDataset(dataset.data);
    searchIndexes.set(dataset.data, index);
  }
  return index;
}

const NOTHING: ReadonlyMap<string, Status> = new Map();

/** Shown records (id → status drawn) for the current filters and year. */
export function useShownRecords(index: AtlasIndex | null): ReadonlyMap<string, Status> {
  const filters = useAppStore((s) => s.filters);
  return useMemo(() => (index ? visibleRecords(index, filters) : NOTHING), [index, filters]);
}
