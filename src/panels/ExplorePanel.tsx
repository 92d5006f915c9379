// The explore view of the side panel: the details of the selected record, or, with nothing selected, the legend
// (which filters corridors, modes and statuses) and the other filters.
import { useAppStore } from '../store';
import './explore.css';
import { Details } from './Details';
import { Filters } from './Filters';
import { Legend } from './Legend';

export function ExplorePanel() {
  const selected = useAppStore((s) => s.selected);
  if (selected) return <Details id={selected} />;
  return (
    <div className="explore">
      <Legend />
      <Filters />
    </div>
  );
}
