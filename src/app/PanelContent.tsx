// What the side panel shows: the panel views (tabs), with the explore view (legend and filters, or the details of
// the selection) as the details tab. The planner's code loads when its tab is first opened.
import { ExplorePanel } from '../panels/ExplorePanel';
import { CopyMapEmbed } from '../player/embed/CopyMapEmbed';
import { PanelViews } from '../panels/PanelViews';
import { ExportMenu } from './ExportMenu';
import { RoutePanelLazy } from './lazy-parts';

export function PanelContent() {
  return (
    <PanelViews details={<ExplorePanel embed={<CopyMapEmbed />} />} route={<RoutePanelLazy />} tools={<ExportMenu />} />
  );
}
