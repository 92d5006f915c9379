// view=list or view=route in the URL: a link can open the atlas on the list or the route planner (and opens the
// panel, closed at first on phones, to show it). The details view is the default and leaves no key.
import type { UrlField } from './url';

export const VIEW_URL_FIELD: UrlField = {
  key: 'view',
  read: (v) =>
    v === 'list' || v === 'route' ? { panelView: v, panelOpen: true } : v === 'details' ? { panelView: v } : null,
  write: (s) => (s.panelView === 'details' ? undefined : s.panelView),
  history: 'push',
  absent: () => ({ panelView: 'details' }),
};
