// A story carried in the link itself: its JSON compressed (deflate-raw, the browser's CompressionStream) and
// written in base64url after #story=, so it never reaches a server. Links longer than LINK_MAX are refused:
// browsers, chat apps and mail clients cut long addresses, and a cut story cannot be read.
export const LINK_MAX = 8000;
export const FRAGMENT_KEY = 'story';

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

/** The fragment value of a story's JSON text. */
export async function encodeStory(json: string): Promise<string> {
  return toBase64Url(await through(new TextEncoder().encode(json), new CompressionStream('deflate-raw')));
}

/** The story's JSON text from a fragment value; throws when it is not one. */
export async function decodeStory(value: string): Promise<string> {
  return new TextDecoder().decode(await through(fromBase64Url(value), new DecompressionStream('deflate-raw')));
}

export type StoryLink = { ok: true; url: string } | { ok: false; size: number };

/**
 * The link that carries the story after `base` (the app's address without query or fragment), or its size when it
 * is longer than LINK_MAX and the story has to travel as a file.
 */
export async function storyLink(json: string, base: string): Promise<StoryLink> {
  const url = `${base}#${FRAGMENT_KEY}=${await encodeStory(json)}`;
  return url.length > LINK_MAX ? { ok: false, size: url.length } : { ok: true, url };
}

/** The encoded story in a location's fragment, or null when the fragment holds none. */
export const storyInFragment = (hash: string): string | null =>
  new URLSearchParams(hash.replace(/^#/, '')).get(FRAGMENT_KEY);
