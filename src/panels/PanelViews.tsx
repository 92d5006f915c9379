// The side panel's views as tabs (ARIA tabs, automatic activation): the details of the selection, the list of
// everything shown, or the route planner. ←/→ switch between them; the export menu sits beside them.
import { lazy, Suspense, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { t } from '../i18n';
import { useAppStore } from '../store';
import { PANEL_VIEWS, type PanelView } from '../store/view-slice';
import { PartLoading } from './PartLoading';
import './panel-views.css';

// The list's code loads when its tab is first opened.
const ListView = lazy(() => import('./ListView').then((m) => ({ default: m.ListView })));

const LABELS = { details: 'tabDetails', list: 'tabList', route: 'tabRoute' } as const;

/**
 * `details` and `route` are the views' contents and `tools` the export menu beside the tabs, given by the app (the
 * planner, and the export of its route, sit above the panels).
 */
export function PanelViews({ details, route, tools }: { details: ReactNode; route: ReactNode; tools: ReactNode }) {
  const lang = useAppStore((s) => s.lang);
  const view = useAppStore((s) => s.panelView);
  const setView = useAppStore((s) => s.setPanelView);
  const tabs = useRef(new Map<PanelView, HTMLButtonElement>());

  const onKeyDown = (e: KeyboardEvent) => {
    const i = PANEL_VIEWS.indexOf(view);
    const n = PANEL_VIEWS.length;
    const to = { ArrowRight: (i + 1) % n, ArrowLeft: (i - 1 + n) % n, Home: 0, End: n - 1 }[e.key];
    const next = to === undefined ? undefined : PANEL_VIEWS[to];
    if (!next) return;
    e.preventDefault();
    setView(next);
    tabs.current.get(next)?.focus();
  };

  return (
    <div className="panel-views" data-view={view}>
      <div className="panel-bar">
        <div role="tablist" aria-label={t(lang, 'panelViews')} onKeyDown={onKeyDown}>
          {PANEL_VIEWS.map((v) => (
            <button
              key={v}
              ref={(el) => {
                if (el) tabs.current.set(v, el);
              }}
              type="button"
              role="tab"
              id={`panel-tab-${v}`}
              aria-selected={v === view}
              aria-controls="panel-view"
              tabIndex={v === view ? 0 : -1}
              onClick={() => setView(v)}
            >
              {t(lang, LABELS[v])}
            </button>
          ))}
        </div>
        {tools}
      </div>
      <div role="tabpanel" id="panel-view" aria-labelledby={`panel-tab-${view}`}>
        {/* Keyed by view: a panel that failed is tried afresh when the reader comes back to it. */}
        <ErrorBoundary key={view} message="panelFailed">
          {view === 'list' ? (
            <Suspense fallback={<PartLoading />}>
              <ListView />
            </Suspense>
          ) : view === 'route' ? (
            route
          ) : (
            details
          )}
        </ErrorBoundary>
      </div>
    </div>
  );
}
