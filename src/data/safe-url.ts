// The one rule for any address the atlas turns into a link: https:, or http: where a source has nothing better.
// Anything else (javascript:, data:, file:, relative paths, credentials in the address) is never a link.

/** Longest address kept; a longer one is refused rather than cut. */
export const MAX_URL_LENGTH = 2048;

/**
 * The address as the browser would link it (normalised by URL), or null when it may not become a link.
 * Never throws, and what it returns comes back unchanged: safeUrl(safeUrl(x)) === safeUrl(x).
 */
export function safeUrl(value: unknown, allowHttp = true): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  // Whitespace or control characters inside an address are how a scheme is smuggled past naive checks.
  if (!text || text.length > MAX_URL_LENGTH || /[\s\p{Cc}\p{Cf}\\]/u.test(text)) return null;
  if (!/^https?:\/\//i.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && !(allowHttp && url.protocol === 'http:')) return null;
  if (url.username || url.password || !url.hostname) return null;
  const href = url.href;
  return href.length > MAX_URL_LENGTH ? null : href;
}
