// Keeps the address bar and the store in step: the URL is the state. Runs once at start-up.
import { loadCatalogue, t } from '../i18n';
import { useAppStore } from './index';
import { buildSearch, needsPush, parseSearch } from './url';
import { URL_FIELDS } from './url-fields';

/**
 * At start-up the link's language is taken as it is (main.tsx loads its strings before the first render); later, on
 * back and forward, it goes through setLang, which waits for the strings of a language not read before.
 */
function applyFromLocation(atStart: boolean): void {
  const { patch, echoes } = parseSearch(window.location.search, URL_FIELDS, useAppStore.getState());
  const { lang, ...rest } = patch;
  useAppStore.setState(atStart ? patch : rest);
  if (!atStart && lang) useAppStore.getState().setLang(lang);
  if (atStart && echoes.length)
    void loadCatalogue(useAppStore.getState().lang).then(() => {
      const s = useAppStore.getState();
      s.notify('info', t(s.lang, 'urlDropped', { params: echoes.join(', ') }));
    });
}

/** The next state change rewrites the current history entry instead of adding one (a correction, not a step). */
export function replaceHistoryForNextChange(): void {
  useAppStore.setState({ urlReplaceNext: true });
}

/**
 * `addsHistory`: whether a step (a new place, a new scene) adds a history entry. main.tsx passes false in an embed:
 * the frame's entries are the host page's history, and its Back button would step the frame instead of leaving it.
 */
export function startUrlSync(addsHistory = true): () => void {
  applyFromLocation(true);
  // Rewrite the URL at once so dropped parameters disappear from the address bar.
  let current = buildSearch(useAppStore.getState(), URL_FIELDS);
  window.history.replaceState(null, '', `${window.location.pathname}${current}${window.location.hash}`);

  const unsubscribe = useAppStore.subscribe((state) => {
    const next = buildSearch(state, URL_FIELDS);
    if (next === current) return;
    const url = `${window.location.pathname}${next}${window.location.hash}`;
    if (addsHistory && !state.urlReplaceNext && needsPush(current, next, URL_FIELDS))
      window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    current = next;
    if (state.urlReplaceNext) useAppStore.setState({ urlReplaceNext: false });
  });
  const onPop = () => {
    current = window.location.search;
    applyFromLocation(false);
    current = buildSearch(useAppStore.getState(), URL_FIELDS);
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
