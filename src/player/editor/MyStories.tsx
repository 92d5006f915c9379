// My stories in the gallery: "New story" and the drafts kept in this browser, each to edit again or delete.
import { useState } from 'react';
import { t } from '../../i18n';
import { useAppStore } from '../../store';
import { forgetDraft, keptDrafts } from './drafts';

export function MyStories() {
  const lang = useAppStore((s) => s.lang);
  // Read on every render: a deletion below re-renders through `setForgotten`.
  const [, setForgotten] = useState(0);
  const drafts = keptDrafts();
  const { startDraft, openDraft } = useAppStore.getState();
  return (
    <section className="my-stories" aria-labelledby="my-stories-title">
      <h3 id="my-stories-title">{t(lang, 'editorMine')}</h3>
      <button type="button" className="story-primary" onClick={() => startDraft()}>
        {t(lang, 'editorNew')}
      </button>
      {drafts.length === 0 ? (
        <p className="story-meta">{t(lang, 'editorMineEmpty')}</p>
      ) : (
        <ul className="my-stories-list">
          {drafts.map(({ story }) => (
            <li key={story.id}>
              <span id={`draft-${story.id}`}>{story.title[lang] || story.title.en || t(lang, 'editorUntitled')}</span>{' '}
              <span className="story-meta">{t(lang, 'sceneCount', { count: story.scenes.length })}</span>{' '}
              <button type="button" onClick={() => openDraft(story)} aria-describedby={`draft-${story.id}`}>
                {t(lang, 'editorResume')}
              </button>{' '}
              <button
                type="button"
                onClick={() => {
                  forgetDraft(story.id);
                  setForgotten((v) => v + 1);
                }}
                aria-describedby={`draft-${story.id}`}
              >
                {t(lang, 'editorForget')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
