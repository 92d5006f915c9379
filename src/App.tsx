import { useEffect } from 'react';
import { PanelContent } from './app/PanelContent';
import { useOverlay } from './app/use-overlay';
import { startDatasetLoad, useDataset } from './data/dataset';
import { t } from './i18n';
import { MapView } from './map/MapView';
import { Header } from './panels/Header';
import { Notices } from './panels/Notices';
import { Search } from './panels/Search';
import { SelectionAnnouncer } from './panels/SelectionAnnouncer';
import { SidePanel } from './panels/SidePanel';
import { useAppStore } from './store';

export function App() {
  const lang = useAppStore((s) => s.lang);
  const dataset = useDataset();
  const overlay = useOverlay();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t(lang, 'appTitle')} — ${t(lang, 'appTagline')}`;
  }, [lang]);
  useEffect(() => startDatasetLoad(), []);
  useEffect(() => {
    if (dataset.status !== 'error') return;
    const s = useAppStore.getState();
    s.notify('error', t(s.lang, 'dataError', { detail: dataset.message }));
  }, [dataset]);
  return (
    <div className="app">
      <Header>
        <Search />
      </Header>
      <main className="main">
        <MapView overlay={overlay} />
        <SidePanel>
          <PanelContent />
        </SidePanel>
      </main>
      <Notices />
      <SelectionAnnouncer />
    </div>
  );
}
