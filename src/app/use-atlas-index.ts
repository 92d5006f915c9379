// The lookups over the loaded data, or null while it loads (or failed to).
import { useDataset } from '../data/dataset';
import { indexFor, type AtlasIndex } from '../data/indexes';

export function useAtlasIndex(): AtlasIndex | null {
  const dataset = useDataset();
  return dataset.status === 'ready' ? indexFor(dataset.data) : null;
}
