import type { StateCreator } from 'zustand';
import type { Lang } from '../data/schema';
import { hasNames, loadNames } from '../data/dataset';
import { hasCatalogue, loadCatalogue, t } from '../i18n';
import type { AppState } from './index';

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
  /** Notices with the same key replace each other (one basemap failure, however many tiles fail). */
  key?: string;
  /** A button in the notice (reload to update, try again); a notice with one stays until used or dismissed. */
  action?: NoticeAction;
}

export interface NoticeAction {
  label: string;
  run: () => void;
}

export interface UiSlice {
  lang: Lang;
  /** A language asked for whose strings or records' names are still on their way; `lang` changes when they arrive. */
  langPending: Lang | null;
  panelOpen: boolean;
  notices: Notice[];
  /** The id the next notice gets. */
  noticeSeq: number;
  /** The next change of the link rewrites the current history entry (a correction, not a step); see url-sync. */
  urlReplaceNext: boolean;
  setLang: (lang: Lang) => void;
  setPanelOpen: (open: boolean) => void;
  notify: (kind: Notice['kind'], text: string, key?: string, action?: NoticeAction) => void;
  dismissNotice: (id: number) => void;
}

export const createUiSlice =
  (initialLang: Lang): StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], UiSlice> =>
  (set, get) => ({
    lang: initialLang,
    langPending: null,
    // On a phone the panel is a bottom sheet over the map: it starts closed so the first view is the map.
    panelOpen: typeof window === 'undefined' || !window.matchMedia?.('(max-width: 640px)').matches,
    notices: [],
    noticeSeq: 1,
    urlReplaceNext: false,
    setLang: (lang) => {
      if (hasCatalogue(lang) && hasNames(lang)) return set({ lang, langPending: null });
      set({ langPending: lang });
      Promise.all([loadCatalogue(lang), loadNames(lang)]).then(
        // A later choice made while these strings were on their way wins.
        () => get().langPending === lang && set({ lang, langPending: null }),
        () => {
          if (get().langPending !== lang) return;
          set({ langPending: null });
          get().notify('error', t(get().lang, 'langFailed'), 'lang');
        },
      );
    },
    setPanelOpen: (panelOpen) => set({ panelOpen }),
    notify: (kind, text, key, action) =>
      set((s) => {
        // The same message twice (a retry, a second bad tile) is one notice, not a stack of them.
        if (s.notices.some((n) => n.text === text || (key !== undefined && n.key === key))) return s;
        return {
          notices: [...s.notices, { id: s.noticeSeq, kind, text, key, ...(action ? { action } : {}) }],
          noticeSeq: s.noticeSeq + 1,
        };
      }),
    dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  });
