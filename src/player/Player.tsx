// The story player: a caption card over the map with the scene's text, its sources, the controls and, on demand,
// the speaker notes. It renders only while a story is open; the scene's map state is applied through the store.
import { useRef } from 'react';
import { t } from '../i18n';
import { useAppStore } from '../store';
import { SceneCard } from './SceneCard';
import { useAudienceLink } from './presenter/use-audience-link';
import { useAutoplay } from './use-autoplay';
import { usePreparedStory } from './use-prepared-story';
import { usePresenter } from './use-presenter';
import { useStoryKeys } from './use-story-keys';
import { useStoryViewport } from './use-story-viewport';
import './story.css';

export function StoryPlayer() {
  const id = useAppStore((s) => s.story?.id);
  return id ? <StoryStage key={id} id={id} /> : null;
}

function StoryStage({ id }: { id: string }) {
  const lang = useAppStore((s) => s.lang);
  const close = useAppStore((s) => s.closeStory);
  const ref = useRef<HTMLElement>(null);
  const presenter = usePresenter(ref);
  useStoryKeys(presenter.toggle);
  // Measured before the first scene is applied, so even a linked scene is framed around the card.
  useStoryViewport(ref);
  const state = usePreparedStory(id);
  useAutoplay(state.status === 'ready' ? state.prepared : null);
  useAudienceLink(state.status === 'ready' ? state.prepared : null);
  return (
    <section ref={ref} className="story-stage" aria-label={t(lang, 'storyLabel')}>
      {state.status === 'ready' ? (
        <SceneCard prepared={state.prepared} presenter={presenter} />
      ) : (
        <div className="story-card story-card-status" role={state.status === 'error' ? 'alert' : 'status'}>
          <p>{state.status === 'error' ? t(lang, 'storyError', { detail: state.message }) : t(lang, 'storyLoading')}</p>
          <button type="button" onClick={close}>
            {t(lang, 'storyClose')}
          </button>
        </div>
      )}
    </section>
  );
}
