// "Copy embed code" for the map as the reader has it now: the address bar's query already holds the camera, the
// filters and the language, so the embed shows the same view.
import { t } from '../../i18n';
import { useAppStore } from '../../store';
import { EmbedButton } from './EmbedButton';
import { atlasBase, embedUrl } from './embed-link';

export function CopyMapEmbed() {
  const lang = useAppStore((s) => s.lang);
  const source = async () => ({ src: embedUrl(atlasBase(), window.location.search), title: t(lang, 'appTitle') });
  return <EmbedButton source={source} />;
}
