import { describe, expect, it } from 'vitest';
import { decodeStory, encodeStory, LINK_MAX, storyInFragment, storyLink } from '../../src/story/link';
import { sampleStory } from './fixtures/story-data';

const BASE = 'https://atlas.example/';

/** Text that does not compress much, so a few scenes of it make a long link. */
function noisy(n: number, seed: number): string {
  let x = seed;
  let s = '';
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    s += String.fromCharCode(97 + (x % 26));
  }
  return s;
}

describe('a story in a link', () => {
  it('round-trips the story text through the fragment', async () => {
    const json = JSON.stringify(sampleStory());
    const link = await storyLink(json, BASE);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(link.url.startsWith(`${BASE}#story=`)).toBe(true);
    expect(link.url.length).toBeLessThan(json.length);
    const value = storyInFragment(new URL(link.url).hash);
    expect(await decodeStory(value!)).toBe(json);
  });

  it('a story too long for a link is refused with its size, so the editor can ask for the file', async () => {
    const story = sampleStory();
    const big = {
      ...story,
      scenes: Array.from({ length: 12 }, (_, i) => ({
        ...story.scenes[0]!,
        id: `s-${i}`,
        caption: { zh: noisy(400, i), en: noisy(400, i + 100), ru: noisy(400, i + 200) },
      })),
    };
    const link = await storyLink(JSON.stringify(big), BASE);
    expect(link).toEqual({ ok: false, size: expect.any(Number) });
    if (!link.ok) expect(link.size).toBeGreaterThan(LINK_MAX);
  });

  it('a fragment without a story, or one that is not one, is told apart', async () => {
    expect(storyInFragment('#map=3/40/70')).toBeNull();
    expect(storyInFragment('')).toBeNull();
    await expect(decodeStory('not-deflate-at-all')).rejects.toThrow();
    expect(await decodeStory(await encodeStory('{"a":1}'))).toBe('{"a":1}');
  });
});
