// What this window is, read once from the link's fragment before anything else loads: an embed on another page
// (#embed), the presenter's second window (#presenter), or the atlas. Kept free of the story code, so the first
// view can ask without loading it.
export const EMBED_KEY = 'embed';
export const PRESENTER_KEY = 'presenter';

const has = (hash: string, key: string): boolean => new URLSearchParams(hash.replace(/^#/, '')).has(key);

export const isEmbedHash = (hash: string): boolean => has(hash, EMBED_KEY);
export const isPresenterHash = (hash: string): boolean => has(hash, PRESENTER_KEY);

/** Read once: a page is an embed from its first paint, or not at all. */
export const EMBEDDED = typeof window !== 'undefined' && isEmbedHash(window.location.hash);
/** Read once: this window is the presenter's from its first paint. */
export const PRESENTER_WINDOW = typeof window !== 'undefined' && isPresenterHash(window.location.hash);
