// The loaded data as the search, the list and the exports need it: a search index built once per dataset (with
// the details, asked for when the reader starts a search), and
// the records the current filters show, recomputed only when the filters change.
import { useEffect, useMemo, useState } from 'react';
import { reached, useDataset } from '../data/dataset';
import type { AtlasIndex } from '../data/indexes';
import type { Dataset, Status } from '../data/schema';
import { visibleRecords } from '../data/select';
import type { SearchIndex } from '../search';
import { useAppStore } from '../store';

export { useAtlasIndex } from '../data/use-atlas-index';

type SearchCode = typeof import('../search');

/** The search's code, fetched with the details (when the reader starts a search), not with the first view. */
let searchCode: SearchCode | null = null;
let searchLoad: Promise<SearchCode> | null = null;
const loadSearch = () =>
  (searchLoad ??= import('../search').then((m) => {
    searchCode = m;
    return m;
  }));

/** A dataset's search index with the function that searches it. */
export interface SearchTools {
  index: SearchIndex;
  search: SearchCode['search'];
}

const searchTools = new WeakMap<Dataset, SearchTools>();

export function useSearchIndex(): SearchTools | null {
  const dataset = useDataset();
  // Names in other spellings and the summaries are searched too: they come with the details.
  const ready = reached(dataset, 'details') ? dataset : null;
  const [code, setCode] = useState(searchCode);
  useEffect(() => {
    if (ready && !code)
      loadSearch().then(setCode, () => {
        searchLoad = null;
      });
  }, [ready, code]);
  if (!ready || !code) return null;
  let tools = searchTools.get(ready.data);
  if (!tools) {
    tools = { index: code.indexDataset(ready.data), search: code.search };
    searchTools.set(ready.data, tools);
  }
  return tools;
}

const NOTHING: ReadonlyMap<string, Status> = new Map();

/** Shown records (id → status drawn) for the current filters and year. */
export function useShownRecords(index: AtlasIndex | null): ReadonlyMap<string, Status> {
  const filters = useAppStore((s) => s.filters);
  return useMemo(() => (index ? visibleRecords(index, filters) : NOTHING), [index, filters]);
}
