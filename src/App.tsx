import { useEffect } from 'react';
import { ErrorBoundary } from './panels/ErrorBoundary';
import { PanelContent } from './app/PanelContent';
import { hoverOnMap, interactiveLayerIds, pickOnMap, useOverlay } from './app/use-overlay';
import {
  EmbedLazy,
  MeasureLazy,
  PresenterWindowLazy,
  RouteFeedLazy,
  StoryEditorLazy,
  StoryGalleryLazy,
  StoryPlayerLazy,
} from './app/lazy-parts';
import { DATA_TIMEOUT_MS, requireStage, retryDatasetLoad, startDatasetLoad, useDataset } from './data/dataset';
import { indexFor } from './data/indexes';
import { t } from './i18n';
import { MapView } from './map/MapView';
import { Header } from './panels/Header';
import { Notices } from './panels/Notices';
import { Search } from './panels/Search';
import { SelectionAnnouncer } from './panels/SelectionAnnouncer';
import { SidePanel } from './panels/SidePanel';
import { EMBEDDED, PRESENTER_WINDOW } from './player/window-kind';
import { StoriesButton } from './player/StoriesButton';
import { Tooltip } from './panels/Tooltip';
import { useAppStore } from './store';
import { enforceKnownIds } from './store/known-ids';

/**
 * From this zoom the map draws the legs' lines for the middle zooms rather than the first view's (which are
 * simplified for zooms below it: scripts/vite/atlas-files.ts).
 */
const LINES_ZOOM = 4;
/** Past this zoom the map draws the legs' full geometry rather than the view's simplified one. */
const FULL_GEOMETRY_ZOOM = 6;

/** Fetches the rest of the data when the reader first needs it: a record opened, or the map zoomed in. */
function useDataOnDemand(): void {
  const selected = useAppStore((s) => s.selected !== null);
  const nearer = useAppStore((s) => s.camera.zoom >= LINES_ZOOM);
  const close = useAppStore((s) => s.camera.zoom > FULL_GEOMETRY_ZOOM);
  useEffect(() => {
    if (selected) void requireStage('details').catch(() => undefined);
  }, [selected]);
  useEffect(() => {
    if (nearer) void requireStage('lines').catch(() => undefined);
  }, [nearer]);
  useEffect(() => {
    if (close) void requireStage('routing').catch(() => undefined);
  }, [close]);
}

export function App() {
  const lang = useAppStore((s) => s.lang);
  const dataset = useDataset();
  const overlay = useOverlay();
  useDataOnDemand();
  useEffect(() => {
    // zh-Hans so the browser and MapLibre pick simplified Chinese glyph shapes, not Japanese ones.
    document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : lang;
    document.title = `${t(lang, 'appTitle')} — ${t(lang, 'appTagline')}`;
  }, [lang]);
  useEffect(() => startDatasetLoad(useAppStore.getState().lang), []);
  // Ids in the link can be checked only against loaded data.
  useEffect(() => {
    if (dataset.status === 'ready') enforceKnownIds(indexFor(dataset.data));
  }, [dataset]);
  useEffect(() => {
    if (dataset.status !== 'error') return;
    const s = useAppStore.getState();
    const text = dataset.timedOut
      ? t(s.lang, 'dataTimeout', { seconds: Math.round(DATA_TIMEOUT_MS / 1000) })
      : t(s.lang, 'dataError', { detail: dataset.message });
    s.notify('error', text, 'data', { label: t(s.lang, 'retry'), run: retryDatasetLoad });
  }, [dataset]);
  const map = (
    <ErrorBoundary message="mapFailed" className="fault-map">
      <MapView overlay={overlay} interactiveLayerIds={interactiveLayerIds} onPick={pickOnMap} onHover={hoverOnMap} />
    </ErrorBoundary>
  );
  // An <iframe> on another site: the map and the story only (player/embed).
  if (EMBEDDED) return <EmbedLazy map={map} />;
  // The presenter's second window: notes, next scene and clock, in step with the audience's window.
  if (PRESENTER_WINDOW) return <PresenterWindowLazy />;
  return (
    <div className="app">
      <Header>
        <ErrorBoundary message="panelFailed">
          <Search />
          <StoriesButton />
        </ErrorBoundary>
      </Header>
      <main className="main">
        {map}
        <ErrorBoundary message="panelFailed">
          <MeasureLazy />
        </ErrorBoundary>
        <Tooltip />
        <ErrorBoundary message="panelFailed">
          <RouteFeedLazy />
        </ErrorBoundary>
        <ErrorBoundary message="storyFailed">
          <StoryPlayerLazy />
        </ErrorBoundary>
        <ErrorBoundary message="storyFailed">
          <StoryEditorLazy />
        </ErrorBoundary>
        <SidePanel>
          <PanelContent />
        </SidePanel>
      </main>
      <Notices />
      <ErrorBoundary message="storyFailed">
        <StoryGalleryLazy />
      </ErrorBoundary>
      <SelectionAnnouncer />
    </div>
  );
}
