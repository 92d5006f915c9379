// Previous / progress / next, and the presenter's tools: explore, notes, presenter view, close.
import { t } from '../i18n';
import { useAppStore } from '../store';
import type { Story } from '../story/schema';
import { CopyEmbed } from './embed/CopyEmbed';
import { EMBEDDED } from './embed/embed-link';
import { openPresenterWindow } from './presenter/use-audience-link';
import { VideoExport } from './VideoExport';

interface Props {
  story: Story;
  scene: number;
  count: number;
  presenter: { presenting: boolean; toggle: () => void };
}

export function PlayerControls({ story, scene, count, presenter }: Props) {
  const lang = useAppStore((s) => s.lang);
  const step = useAppStore((s) => s.stepStory);
  const notesOpen = useAppStore((s) => s.storyNotes);
  const toggleNotes = useAppStore((s) => s.toggleStoryNotes);
  const explore = useAppStore((s) => s.setStoryExploring);
  const close = useAppStore((s) => s.closeStory);
  const autoplay = useAppStore((s) => s.storyAutoplay);
  const setAutoplay = useAppStore((s) => s.setStoryAutoplay);
  // While a video is made, the controls that would move the map are shown but do nothing.
  const recording = useAppStore((s) => s.storyRecording);
  const n = scene + 1;
  return (
    <div className="story-controls">
      <div className="story-steps">
        <button
          type="button"
          onClick={() => step('previous')}
          aria-disabled={recording || scene === 0}
          aria-label={t(lang, 'storyPrevious')}
        >
          ←
        </button>
        <p className="story-progress" aria-live="polite" aria-atomic="true">
          <span aria-hidden="true">{`${n} / ${count}`}</span>
          <span className="visually-hidden">{t(lang, 'storyProgressLabel', { scene: n, count })}</span>
        </p>
        <button
          type="button"
          className="story-primary"
          onClick={() => step('next')}
          aria-disabled={recording || n === count}
          aria-label={t(lang, 'storyNext')}
        >
          →
        </button>
      </div>
      <div className="story-tools">
        <button type="button" onClick={() => explore(true)} disabled={recording}>
          {t(lang, 'storyExplore')}
        </button>
        <button type="button" aria-pressed={autoplay} onClick={() => setAutoplay(!autoplay)} disabled={recording}>
          {t(lang, 'storyAutoplay')}
        </button>
        {!EMBEDDED && (
          <>
            <button type="button" aria-pressed={notesOpen} onClick={toggleNotes}>
              {t(lang, notesOpen ? 'storyNotesHide' : 'storyNotesShow')}
            </button>
            <button type="button" aria-pressed={presenter.presenting} onClick={presenter.toggle} disabled={recording}>
              {t(lang, presenter.presenting ? 'storyPresentExit' : 'storyPresent')}
            </button>
            <button type="button" onClick={() => openPresenterWindow(lang)}>
              {t(lang, 'presenterOpen')}
            </button>
            <button type="button" onClick={close} disabled={recording}>
              {t(lang, 'storyClose')}
            </button>
            <CopyEmbed story={story} scene={scene} />
            <VideoExport storyId={story.id} />
          </>
        )}
      </div>
      <p className="story-keys">{t(lang, 'storyKeys')}</p>
    </div>
  );
}
