// The story gallery: a dialog listing every built-in story with its title, summary and number of scenes.
import { useEffect, useRef, useState } from 'react';
import { useRoutingDataset as useDataset } from '../data/dataset';
import { t } from '../i18n';
import { useAppStore } from '../store';
import { loadAllStories } from '../story/catalogue';
import { renderMarkdown } from '../story/markdown';
import type { Story } from '../story/schema';
import { MyStories } from './editor/MyStories';
import './story.css';

export function StoryGallery() {
  const open = useAppStore((s) => s.galleryOpen);
  return open ? <GalleryDialog /> : null;
}

function GalleryDialog() {
  const lang = useAppStore((s) => s.lang);
  const setOpen = useAppStore((s) => s.setGalleryOpen);
  const openStory = useAppStore((s) => s.openStory);
  const prepareStory = useAppStore((s) => s.prepareStory);
  const startDraft = useAppStore((s) => s.startDraft);
  const dataset = useDataset();
  const [stories, setStories] = useState<Story[] | string | null>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    loadAllStories().then(
      (list) => live && setStories(list),
      (err: Error) => live && setStories(err.message),
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
      if (e.key !== 'Tab' || !dialogRef.current) return;
      // Keep Tab inside the dialog: from the last control back to the first, and the other way.
      const controls = [...dialogRef.current.querySelectorAll<HTMLElement>('button, a[href]')];
      const first = controls[0];
      const last = controls.at(-1);
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last?.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      opener?.focus?.();
    };
  }, [setOpen]);

  const play = (story: Story) => {
    // Prepared now, the first scene opens with its camera move instead of waiting for the player to load it.
    if (dataset.status === 'ready') prepareStory(story, dataset.data);
    openStory(story.id);
  };

  return (
    <div className="story-backdrop" onClick={(e) => e.target === e.currentTarget && setOpen(false)}>
      <div ref={dialogRef} className="story-gallery" role="dialog" aria-modal="true" aria-labelledby="gallery-title">
        <div className="story-gallery-head">
          <h2 id="gallery-title">{t(lang, 'galleryTitle')}</h2>
          <button ref={closeRef} type="button" onClick={() => setOpen(false)} aria-label={t(lang, 'galleryClose')}>
            ×
          </button>
        </div>
        <p className="story-gallery-intro">{t(lang, 'galleryIntro')}</p>
        <MyStories />
        {typeof stories === 'string' && <p role="alert">{t(lang, 'galleryError', { detail: stories })}</p>}
        {stories === null && <p role="status">{t(lang, 'galleryLoading')}</p>}
        {Array.isArray(stories) && (
          <ul className="story-list">
            {stories.map((story) => (
              <li key={story.id} className="story-item" lang={lang}>
                {story.cover && (
                  <img className="story-cover" src={`${import.meta.env.BASE_URL}${story.cover}`} alt="" />
                )}
                <h3 id={`story-${story.id}`}>{story.title[lang]}</h3>
                <div className="story-summary">{renderMarkdown(story.summary[lang])}</div>
                <p className="story-meta">{t(lang, 'sceneCount', { count: story.scenes.length })}</p>
                <button
                  type="button"
                  className="story-primary"
                  onClick={() => play(story)}
                  aria-describedby={`story-${story.id}`}
                >
                  {t(lang, 'playStory')}
                </button>
                <button type="button" onClick={() => startDraft(story)} aria-describedby={`story-${story.id}`}>
                  {t(lang, 'editorCopy')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
