// The embed layout: the map filling the frame, the story card over it when a story is open, the map's attribution,
// notices, and a link to the whole atlas. No header, no side panel, no editor.
import type { ReactNode } from 'react';
import { t } from '../../i18n';
import { Notices } from '../../panels/Notices';
import { ErrorBoundary } from '../../panels/ErrorBoundary';
import { useAppStore } from '../../store';
import { StoryPlayer } from '../Player';
import { useStoryLink } from '../editor/use-story-link';
import { fullAtlasUrl } from './embed-link';
import './embed.css';

export function EmbedApp({ map }: { map: ReactNode }) {
  const lang = useAppStore((s) => s.lang);
  // The link opens its story to play; an embed keeps no draft and shows no editor.
  useStoryLink(false);
  // Recomputed on every render: scene steps rewrite the query the full atlas should open at.
  useAppStore((s) => s.story);
  return (
    <div className="app app-embed">
      <main className="main" aria-label={t(lang, 'appTitle')}>
        {map}
        <ErrorBoundary message="storyFailed">
          <StoryPlayer />
        </ErrorBoundary>
        <a className="embed-open" href={fullAtlasUrl(window.location.href)} target="_blank" rel="noopener">
          {t(lang, 'embedOpenAtlas')}
        </a>
      </main>
      <Notices />
    </div>
  );
}
