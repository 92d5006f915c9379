// The embed view: the atlas without its header and panels (map, caption, scene controls and attribution only), for
// an <iframe> on another page. It is asked for with "embed" in the fragment, e.g. ?story=cku&scene=1#embed or
// #embed&story=<a story carried in the link>; the fragment never reaches a server, and the query keeps its meaning.
import { FRAGMENT_KEY } from '../../story/link';
import { EMBED_KEY } from '../window-kind';

export { EMBED_KEY, EMBEDDED, isEmbedHash } from '../window-kind';

/** The atlas's own address without query or fragment, on which embed addresses are built. */
export const atlasBase = (): string => `${window.location.origin}${window.location.pathname}`;

/** The embed address of a view (`search` is the query of the app's own link) or of a story carried in a link. */
export function embedUrl(base: string, search: string, storyValue?: string): string {
  return `${base}${search}#${EMBED_KEY}${storyValue ? `&${FRAGMENT_KEY}=${storyValue}` : ''}`;
}

/** The address without the embed flag: the whole atlas, for "open in Corridor Atlas". */
export function fullAtlasUrl(href: string): string {
  const url = new URL(href);
  const hash = new URLSearchParams(url.hash.replace(/^#/, ''));
  hash.delete(EMBED_KEY);
  const rest = hash.toString();
  url.hash = rest ? `#${rest}` : '';
  return url.toString();
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The snippet an author pastes into their page; 16:10 and no border, with a title for screen readers. */
export function embedCode(src: string, title: string): string {
  return (
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="800" height="500" ` +
    `style="border:0;max-width:100%" loading="lazy" allow="fullscreen"></iframe>`
  );
}
