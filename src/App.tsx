import { useEffect } from 'react';
import { t } from './i18n';
import { MapView } from './map/MapView';
import { EMPTY_OVERLAY } from './map/style';
import { Header } from './panels/Header';
import { Notices } from './panels/Notices';
import { SidePanel } from './panels/SidePanel';
import { useAppStore } from './store';

export function App() {
  const lang = useAppStore((s) => s.lang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t(lang, 'appTitle')} — ${t(lang, 'appTagline')}`;
  }, [lang]);
  return (
    <div className="app">
      <Header />
      <main className="main">
        <MapView overlay={EMPTY_OVERLAY} />
        <SidePanel />
      </main>
      <Notices />
    </div>
  );
}
