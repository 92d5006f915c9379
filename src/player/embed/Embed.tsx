// What the embed draws over its map (app/lazy-parts.tsx lays out the frame): the story card when a story is open and
// a link to the whole atlas. No header, no side panel, no editor.
import { t } from '../../i18n';
import { ErrorBoundary } from '../../panels/ErrorBoundary';
import { useAppStore } from '../../store';
import { StoryPlayer } from '../Player';
import { useStoryLink } from '../editor/use-story-link';
import { fullAtlasUrl } from './embed-link';
import './embed.css';

export function EmbedOverlay() {
  const lang = useAppStore((s) => s.lang);
  // The link opens its story to play; an embed keeps no draft and shows no editor.
  useStoryLink(false);
  // Recomputed on every render: scene steps rewrite the query the full atlas should open at.
  useAppStore((s) => s.story);
  return (
    <>
      <ErrorBoundary message="storyFailed">
        <StoryPlayer />
      </ErrorBoundary>
      <a className="embed-open" href={fullAtlasUrl(window.location.href)} target="_blank" rel="noopener">
        {t(lang, 'embedOpenAtlas')}
      </a>
    </>
  );
}
