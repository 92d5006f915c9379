import { describe, expect, it } from 'vitest';
import { AUTOPLAY_SECONDS, autoplayInHash, autoplayNext, sceneSeconds } from '../../src/story/autoplay';
import { validateStory } from '../../src/story/validate';
import { refsFromDataset } from '../../src/story/refs';
import { sampleStory, storyDataset } from './fixtures/story-data';

describe('autoplay', () => {
  it('goes to the next scene and from the last back to the first', () => {
    expect(autoplayNext(0, 3)).toBe(1);
    expect(autoplayNext(1, 3)).toBe(2);
    expect(autoplayNext(2, 3)).toBe(0);
    expect(autoplayNext(0, 1)).toBe(0);
  });

  it('a scene stays its own duration, or the default', () => {
    const scene = sampleStory().scenes[0]!;
    expect(sceneSeconds(scene)).toBe(AUTOPLAY_SECONDS);
    expect(sceneSeconds({ ...scene, duration: 5 })).toBe(5);
  });

  it('is asked for by #autoplay, alone or beside #embed', () => {
    expect(autoplayInHash('#autoplay')).toBe(true);
    expect(autoplayInHash('#embed&autoplay&story=abc')).toBe(true);
    expect(autoplayInHash('#embed')).toBe(false);
    expect(autoplayInHash('')).toBe(false);
  });

  it('a duration an audience cannot read, or a kiosk never leaves, is reported in words', () => {
    const story = sampleStory();
    const bad = { ...story, scenes: story.scenes.map((s, i) => ({ ...s, duration: i === 0 ? 1 : 30 })) };
    const issues = validateStory(`stories/${story.id}.json`, bad, refsFromDataset(storyDataset()));
    expect(issues.map((i) => i.message)).toEqual(['scene 1: duration 1 is outside 2–600 seconds']);
  });
});
