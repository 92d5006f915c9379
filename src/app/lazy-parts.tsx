// The parts of the atlas that the first view does not show, loaded when first asked for: the route planner, the
// story player, gallery and editor (the export menu loads its code on the first export). Each shows a short "Loading…" in the place it will take.
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { t, withToolStrings } from '../i18n';
import { Notices } from '../panels/Notices';
import { PartLoading } from '../panels/PartLoading';
import { useAppStore } from '../store';
// The measure button's look, so it does not move when the tool's code arrives.
import '../planner/measure.css';

/** A tool's code with its strings in the reader's language. */
const withStrings = <M,>(code: Promise<M>): Promise<M> => withToolStrings(code, useAppStore.getState().lang);

const RoutePanelPart = lazy(() =>
  withStrings(import('../planner/RoutePanel')).then((m) => ({ default: m.RoutePanel })),
);
const PlayerPart = lazy(() => withStrings(import('./story-parts')).then((m) => ({ default: m.StoryPlayer })));
const GalleryPart = lazy(() => withStrings(import('./story-parts')).then((m) => ({ default: m.StoryGallery })));
const EditorPart = lazy(() => withStrings(import('./story-parts')).then((m) => ({ default: m.StoryEditor })));
const MeasureBoxPart = lazy(() =>
  withStrings(import('../planner/MeasureBox')).then((m) => ({ default: m.MeasureBox })),
);
const MeasureFeedPart = lazy(() => withStrings(import('./feeds')).then((m) => ({ default: m.MeasureFeed })));
const RouteFeedPart = lazy(() => withStrings(import('./feeds')).then((m) => ({ default: m.RouteFeed })));
// The embed plays stories: the story engine comes with it, as with the player.
const EmbedPart = lazy(() =>
  withStrings(Promise.all([import('./story-engine'), import('../player/embed/Embed')])).then(([, m]) => ({
    default: m.EmbedOverlay,
  })),
);
const PresenterPart = lazy(() =>
  withStrings(import('../player/presenter/PresenterWindow')).then((m) => ({ default: m.PresenterWindow })),
);
const StoryFeedPart = lazy(() => withStrings(import('./story-parts')).then((m) => ({ default: m.StoryFeed })));

/** True from the first render where `wanted` holds: a part once loaded stays mounted. */
function useOnceWanted(wanted: boolean): boolean {
  const [ever, setEver] = useState(wanted);
  if (wanted && !ever) setEver(true);
  return ever || wanted;
}

function Part({ children, floating }: { children: ReactNode; floating?: boolean }) {
  return <Suspense fallback={<PartLoading className={floating ? 'part-loading-float' : ''} />}>{children}</Suspense>;
}

export function RoutePanelLazy() {
  return (
    <Part>
      <RoutePanelPart />
    </Part>
  );
}

export function StoryPlayerLazy() {
  const wanted = useOnceWanted(useAppStore((s) => s.story !== null));
  if (!wanted) return null;
  return (
    <Part floating>
      <PlayerPart />
      <StoryFeedPart />
    </Part>
  );
}

export function StoryGalleryLazy() {
  const wanted = useOnceWanted(useAppStore((s) => s.galleryOpen));
  if (!wanted) return null;
  return (
    <Part floating>
      <GalleryPart />
    </Part>
  );
}

/** Where the editor's drafts are kept (player/editor/drafts.ts) and the link fragment of a shared story. */
const DRAFTS_KEY = 'corridor-atlas.drafts';
const STORY_FRAGMENT = 'story';

/** Whether the editor must start at once: a draft left open last time, or a story carried by the link. */
function editorAtStart(): boolean {
  try {
    if (new URLSearchParams(window.location.hash.slice(1)).has(STORY_FRAGMENT)) return true;
    const kept = JSON.parse(localStorage.getItem(DRAFTS_KEY) ?? 'null') as { open?: unknown } | null;
    return Boolean(kept?.open);
  } catch {
    return false;
  }
}

const EDITOR_AT_START = typeof window !== 'undefined' && editorAtStart();

export function StoryEditorLazy() {
  const wanted = useOnceWanted(useAppStore((s) => s.draft !== null) || EDITOR_AT_START);
  if (!wanted) return null;
  return (
    <Part floating>
      <EditorPart />
    </Part>
  );
}

/** The route's layers and the check of the link's alternative, once a plan has both ends. */
export function RouteFeedLazy() {
  const wanted = useOnceWanted(useAppStore((s) => Boolean(s.routePlan.from && s.routePlan.to)));
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <RouteFeedPart />
    </Suspense>
  );
}

/**
 * The measure tool's button; the tool itself (it measures along the network, with the planner's code) loads when
 * the reader first turns it on, and until then its button stands in the same place.
 */
export function MeasureLazy() {
  const lang = useAppStore((s) => s.lang);
  const measuring = useAppStore((s) => s.measuring);
  const wanted = useOnceWanted(measuring);
  const toggle = (
    <div className="measure">
      <button
        type="button"
        className="measure-toggle"
        aria-pressed={measuring}
        onClick={() => useAppStore.getState().setMeasuring(!measuring)}
      >
        {measuring ? t(lang, 'measureStop') : t(lang, 'measureStart')}
      </button>
    </div>
  );
  if (!wanted) return toggle;
  return (
    <Suspense fallback={toggle}>
      <MeasureBoxPart />
      <MeasureFeedPart />
    </Suspense>
  );
}

/** The embed view (player/embed): its story code loads with it; the map is the app's own, shown meanwhile. */
/**
 * The embed's frame: the map filling it, mounted at once and only once, and over it the story player and the link
 * to the whole atlas when their code arrives (a fallback holding the map would make a second map when it did).
 */
export function EmbedLazy({ map }: { map: ReactNode }) {
  const lang = useAppStore((s) => s.lang);
  return (
    <div className="app app-embed">
      <main className="main" aria-label={t(lang, 'appTitle')}>
        {map}
        <Suspense fallback={null}>
          <EmbedPart />
        </Suspense>
      </main>
      <Notices />
    </div>
  );
}

/** The presenter's second window (player/presenter). */
export function PresenterWindowLazy() {
  return (
    <Part>
      <PresenterPart />
    </Part>
  );
}
