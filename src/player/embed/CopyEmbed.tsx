// "Copy embed code": the <iframe> snippet of a story at its current scene. A built-in story is named in the query;
// an author's own story travels compressed in the fragment, and one too long for a link says it needs the file.
import { useState } from 'react';
import { t } from '../../i18n';
import { useAppStore } from '../../store';
import { hasStory } from '../../story/catalogue';
import { encodeStory, LINK_MAX } from '../../story/link';
import type { Story } from '../../story/schema';
import { embedCode, embedUrl } from './embed-link';

async function storyEmbedSrc(story: Story, scene: number, lang: string): Promise<string> {
  const base = `${window.location.origin}${window.location.pathname}`;
  if (hasStory(story.id)) return embedUrl(base, `?lang=${lang}&story=${story.id}&scene=${scene + 1}`);
  return embedUrl(base, `?lang=${lang}`, await encodeStory(JSON.stringify(story)));
}

export function CopyEmbed({ story, scene }: { story: Story; scene: number }) {
  const lang = useAppStore((s) => s.lang);
  const [shown, setShown] = useState<{ code?: string; error?: string } | null>(null);
  const copy = async () => {
    const src = await storyEmbedSrc(story, scene, lang);
    if (src.length > LINK_MAX) {
      setShown({ error: t(lang, 'embedTooLong', { size: src.length }) });
      return;
    }
    const code = embedCode(src, `${t(lang, 'appTitle')}: ${story.title[lang] || story.title.en || story.id}`);
    try {
      await navigator.clipboard.writeText(code);
    } catch {
      // Without clipboard permission the snippet is shown below, to copy by hand.
    }
    setShown({ code });
  };
  return (
    <>
      <button type="button" onClick={() => void copy()}>
        {t(lang, 'embedCopy')}
      </button>
      {shown && (
        <div className="embed-code" role={shown.error ? 'alert' : 'status'}>
          {shown.error ?? (
            <>
              <span>{t(lang, 'embedCopied')}</span>
              <code>{shown.code}</code>
            </>
          )}
        </div>
      )}
    </>
  );
}
