// What the side panel shows: the panel views (tabs), with the explore view (legend and filters, or the details of
// the selection) as the details tab.
import { ExplorePanel } from '../panels/ExplorePanel';
import { PanelViews } from '../panels/PanelViews';
import { RoutePanel } from '../planner/RoutePanel';

export function PanelContent() {
  return <PanelViews details={<ExplorePanel />} route={<RoutePanel />} />;
}
