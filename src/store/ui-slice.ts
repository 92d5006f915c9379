import type { StateCreator } from 'zustand';
import type { Lang } from '../data/schema';
import type { AppState } from './index';

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

export interface UiSlice {
  lang: Lang;
  panelOpen: boolean;
  notices: Notice[];
  setLang: (lang: Lang) => void;
  setPanelOpen: (open: boolean) => void;
  notify: (kind: Notice['kind'], text: string) => void;
  dismissNotice: (id: number) => void;
}

let nextNoticeId = 1;

export const createUiSlice =
  (initialLang: Lang): StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], UiSlice> =>
  (set) => ({
    lang: initialLang,
    // On a phone the panel is a bottom sheet over the map: it starts closed so the first view is the map.
    panelOpen: typeof window === 'undefined' || !window.matchMedia?.('(max-width: 640px)').matches,
    notices: [],
    setLang: (lang) => set({ lang }),
    setPanelOpen: (panelOpen) => set({ panelOpen }),
    notify: (kind, text) =>
      set((s) =>
        // The same message twice (a retry, a second bad tile) is one notice, not a stack of them.
        s.notices.some((n) => n.text === text) ? s : { notices: [...s.notices, { id: nextNoticeId++, kind, text }] },
      ),
    dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  });
