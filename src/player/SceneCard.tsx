// One scene on screen: the story title, the caption (safe Markdown), the sources behind it, the controls, and the
// speaker notes in their own area when the presenter asks for them. Exploring folds the card to one line.
import { useRoutingDataset as useDataset } from '../data/dataset';
import { GlossaryText } from '../glossary/GlossaryTerm';
import { t } from '../i18n';
import { useAppStore } from '../store';
import { renderMarkdown } from '../story/markdown';
import { PlayerControls } from './PlayerControls';
import type { PreparedStory } from '../story/session';
import { SceneSources } from './SceneSources';
import { StageLegend } from './StageLegend';
import { usePrefetch } from './use-prefetch';

interface Props {
  prepared: PreparedStory;
  presenter: { presenting: boolean; toggle: () => void };
}

export function SceneCard({ prepared, presenter }: Props) {
  const lang = useAppStore((s) => s.lang);
  const position = useAppStore((s) => s.story);
  const exploring = useAppStore((s) => s.storyExploring);
  const notesOpen = useAppStore((s) => s.storyNotes);
  const returnToScene = useAppStore((s) => s.returnToScene);
  const dataset = useDataset();
  const { story } = prepared;
  const index = Math.min(position?.scene ?? 0, story.scenes.length - 1);
  usePrefetch(prepared, index);
  const scene = story.scenes[index];
  if (!scene) return null;
  const count = story.scenes.length;

  if (exploring)
    return (
      <div className="story-card story-card-folded">
        <p>{t(lang, 'storyExploring', { scene: index + 1 })}</p>
        <button type="button" className="story-primary" onClick={returnToScene}>
          {t(lang, 'storyReturn')}
        </button>
      </div>
    );

  return (
    <>
      <article className="story-card" lang={lang} aria-labelledby="story-title">
        <h2 id="story-title" className="story-title">
          {story.title[lang]}
        </h2>
        <div className="story-caption" key={scene.id}>
          {renderMarkdown(scene.caption[lang], (text) => (
            <GlossaryText text={text} lang={lang} />
          ))}
        </div>
        <StageLegend scene={scene} />
        <SceneSources
          ids={scene.sources}
          sources={dataset.status === 'ready' ? dataset.data.sources : []}
          lang={lang}
        />
        <PlayerControls story={story} scene={index} count={count} presenter={presenter} />
      </article>
      {notesOpen && (
        <aside className="story-notes" aria-label={t(lang, 'storyNotes')} lang={lang}>
          <h3>{t(lang, 'storyNotes')}</h3>
          {renderMarkdown(scene.notes[lang])}
        </aside>
      )}
    </>
  );
}
