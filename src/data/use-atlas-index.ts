// The lookups over the loaded data, or null while it loads (or failed to).
import { useDataset } from './dataset';
import { indexFor, type AtlasIndex } from './indexes';

export function useAtlasIndex(): AtlasIndex | null {
  const dataset = useDataset();
  return dataset.status === 'ready' ? indexFor(dataset.data) : null;
}
