import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startDatasetLoad } from './data/dataset';
import { loadCatalogue, t } from './i18n';
import { firstViewSettled } from './map/settled';
import { warmMapWorker } from './map/worker';
import { registerServiceWorker } from './offline/register';
import { EMBEDDED } from './player/window-kind';
import { useAppStore } from './store';
import { startUrlSync } from './store/url-sync';
import './app.css';

/** How long the offline precache waits for a map that never settles (a story that plays on from its link). */
const FIRST_VIEW_FALLBACK_MS = 10_000;

// The map's worker loads while the page boots (map/worker.ts).
warmMapWorker();
// In an embed a step (a new place, a new scene) replaces the address: the frame's history entries are the host
// page's, whose Back button should leave it rather than step it.
startUrlSync(!EMBEDDED);
// The offline precache fetches and stores every file of the build; it starts once the first view has settled, so it
// does not slow the map's first paint (on a two-core machine it delayed the first idle by about a second).
void firstViewSettled(FIRST_VIEW_FALLBACK_MS).then(() =>
  registerServiceWorker((apply) => {
    const s = useAppStore.getState();
    s.notify('info', t(s.lang, 'updateReady'), 'update', { label: t(s.lang, 'updateReload'), run: apply });
  }),
);
const root = document.getElementById('root');
// The reader's strings come before the first render, so every `t` call finds them (i18n/index.ts). Until then the
// page shows what index.html holds; the data the map draws, with its names in the reader's language, is already on
// its way (App would start it at mount).
startDatasetLoad(useAppStore.getState().lang);
if (root)
  void loadCatalogue(useAppStore.getState().lang).then(
    () =>
      createRoot(root).render(
        <StrictMode>
          <App />
        </StrictMode>,
      ),
    () => {
      // Without strings nothing can be said in the reader's language: this one line says it in all three.
      root.textContent =
        'The atlas could not start; reload the page. · 地图无法启动，请刷新页面。 · Атлас не запустился; обновите страницу.';
    },
  );
