import { useEffect } from 'react';
import { ErrorBoundary } from './panels/ErrorBoundary';
import { PanelContent } from './app/PanelContent';
import { hoverOnMap, interactiveLayerIds, pickOnMap, useOverlay } from './app/use-overlay';
import { DATA_TIMEOUT_MS, retryDatasetLoad, startDatasetLoad, useDataset } from './data/dataset';
import { indexFor } from './data/indexes';
import { t } from './i18n';
import { MapView } from './map/MapView';
import { MeasureBox } from './planner/MeasureBox';
import { useChoiceInRange } from './planner/use-plan';
import { Header } from './panels/Header';
import { Notices } from './panels/Notices';
import { Search } from './panels/Search';
import { SelectionAnnouncer } from './panels/SelectionAnnouncer';
import { SidePanel } from './panels/SidePanel';
import { StoryGallery } from './player/Gallery';
import { EmbedApp } from './player/embed/Embed';
import { EMBEDDED } from './player/embed/embed-link';
import { PRESENTER_WINDOW } from './player/presenter/channel';
import { PresenterWindow } from './player/presenter/PresenterWindow';
import { StoryEditor } from './player/editor/StoryEditor';
import { StoryPlayer } from './player/Player';
import { StoriesButton } from './player/StoriesButton';
import { Tooltip } from './panels/Tooltip';
import { useAppStore } from './store';
import { enforceKnownIds } from './store/known-ids';

export function App() {
  const lang = useAppStore((s) => s.lang);
  const dataset = useDataset();
  const overlay = useOverlay();
  useChoiceInRange();
  useEffect(() => {
    // zh-Hans so the browser and MapLibre pick simplified Chinese glyph shapes, not Japanese ones.
    document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : lang;
    document.title = `${t(lang, 'appTitle')} — ${t(lang, 'appTagline')}`;
  }, [lang]);
  useEffect(() => startDatasetLoad(), []);
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
  if (EMBEDDED) return <EmbedApp map={map} />;
  // The presenter's second window: notes, next scene and clock, in step with the audience's window.
  if (PRESENTER_WINDOW) return <PresenterWindow />;
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
          <MeasureBox />
        </ErrorBoundary>
        <Tooltip />
        <ErrorBoundary message="storyFailed">
          <StoryPlayer />
        </ErrorBoundary>
        <ErrorBoundary message="storyFailed">
          <StoryEditor />
        </ErrorBoundary>
        <SidePanel>
          <PanelContent />
        </SidePanel>
      </main>
      <Notices />
      <ErrorBoundary message="storyFailed">
        <StoryGallery />
      </ErrorBoundary>
      <SelectionAnnouncer />
    </div>
  );
}
