// The changes between the compared year and the year shown, shared by the list beside the year control and the
// map's glow, computed once per change of years or filters.
import { useMemo } from 'react';
import { changesBetween, type YearChange } from '../data/changes';
import { visibleRecords } from '../data/select';
import { useAtlasIndex } from '../data/use-atlas-index';
import { useAppStore } from '../store';

const NONE: YearChange[] = [];

export function useYearChanges(): YearChange[] {
  const index = useAtlasIndex();
  const filters = useAppStore((s) => s.filters);
  const from = useAppStore((s) => s.compareFrom);
  return useMemo(() => {
    if (!index || from === null || filters.year === null) return NONE;
    return changesBetween(index, from, filters.year, visibleRecords(index, filters));
  }, [index, filters, from]);
}
