import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { t } from './i18n';
import { registerServiceWorker } from './offline/register';
import { useAppStore } from './store';
import { startUrlSync } from './store/url-sync';
import './app.css';

startUrlSync();
registerServiceWorker((apply) => {
  const s = useAppStore.getState();
  s.notify('info', t(s.lang, 'updateReady'), 'update', { label: t(s.lang, 'updateReload'), run: apply });
});
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
