// "Copy embed code" for a story at its current scene. A built-in story is named in the query; an author's own story
// travels compressed in the fragment, and one too long for a link says it needs the file.
import { t, type Lang } from '../../i18n';
import { useAppStore } from '../../store';
import { hasStory } from '../../story/catalogue';
import { encodeStory } from '../../story/link';
import type { Story } from '../../story/schema';
import { EmbedButton } from './EmbedButton';
import { atlasBase, embedUrl } from './embed-link';

async function storyEmbedSrc(story: Story, scene: number, lang: Lang): Promise<string> {
  if (hasStory(story.id)) return embedUrl(atlasBase(), `?lang=${lang}&story=${story.id}&scene=${scene + 1}`);
  return embedUrl(atlasBase(), `?lang=${lang}`, await encodeStory(JSON.stringify(story)));
}

export function CopyEmbed({ story, scene }: { story: Story; scene: number }) {
  const lang = useAppStore((s) => s.lang);
  const source = async () => ({
    src: await storyEmbedSrc(story, scene, lang),
    title: `${t(lang, 'appTitle')}: ${story.title[lang] || story.title.en || story.id}`,
  });
  return <EmbedButton source={source} />;
}
