// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { provideDataset } from '../../src/data/dataset';
import { useAppStore } from '../../src/store';
import { StoryGallery } from '../../src/player/Gallery';
import { StoryPlayer } from '../../src/player/Player';
import { sampleStory, storyDataset } from './fixtures/story-data';
// The story engine the app loads with the story player.
import '../../src/app/story-engine';

vi.mock('../../src/store/story-ids', () => ({ hasStory: (id: string) => id === 'sample' }));
vi.mock('../../src/story/catalogue', () => ({
  hasStory: (id: string) => id === 'sample',
  loadStory: async () => sampleStory(),
  loadAllStories: async () => [sampleStory()],
}));

beforeEach(() => {
  provideDataset(storyDataset());
  useAppStore.setState({ lang: 'en' });
});
afterEach(() => {
  cleanup();
  useAppStore.setState({ storyPrepared: {} });
});

const progress = () => document.querySelector('.story-progress')!.textContent;

async function openSample(scene = 0) {
  act(() => useAppStore.getState().openStory('sample', scene));
  render(
    <>
      <input aria-label="Search" />
      <StoryPlayer />
    </>,
  );
  await screen.findByText('Wuhan to Tashkent');
}

describe('story player', () => {
  it('shows the scene caption, its sources and the progress, announced politely', async () => {
    await openSample();
    expect(screen.getByText('Wuhan', { selector: 'strong' })).toBeTruthy();
    expect(progress()).toBe('1 / 3Scene 1 of 3');
    expect(document.querySelector('.story-progress')!.getAttribute('aria-live')).toBe('polite');
    expect(screen.getByText(/Xinhua, 纵贯亚欧新脉动 \(2025-08-31\)/)).toBeTruthy();
  });

  it('opens a linked scene where the link says', async () => {
    await openSample(2);
    expect(progress()).toContain('3 / 3');
    expect(useAppStore.getState().storyApplied).toBe('sample#2');
  });

  it('steps with the keys and the buttons, and not while typing', async () => {
    const user = userEvent.setup();
    await openSample();
    await user.keyboard('{ArrowRight}');
    expect(progress()).toContain('2 / 3');
    expect(screen.getByText('Irkeshtam', { selector: 'em' })).toBeTruthy();
    await user.keyboard('{End}');
    expect(progress()).toContain('3 / 3');
    await user.keyboard('{Shift>} {/Shift}');
    expect(progress()).toContain('2 / 3');
    await user.click(screen.getByRole('textbox', { name: 'Search' }));
    await user.keyboard('{ArrowLeft} n');
    expect(progress()).toContain('2 / 3');
    await user.click(screen.getByRole('button', { name: 'Previous scene' }));
    expect(progress()).toContain('1 / 3');
  });

  it('shows the speaker notes on N, in their own area', async () => {
    const user = userEvent.setup();
    await openSample();
    expect(screen.queryByRole('complementary', { name: 'Speaker notes' })).toBeNull();
    await user.keyboard('n');
    expect(
      within(screen.getByRole('complementary', { name: 'Speaker notes' })).getByText('Mention the date.'),
    ).toBeTruthy();
    await user.keyboard('N');
    expect(screen.queryByRole('complementary', { name: 'Speaker notes' })).toBeNull();
  });

  it('folds while exploring and returns to the scene', async () => {
    const user = userEvent.setup();
    await openSample(1);
    await user.click(screen.getByRole('button', { name: 'Explore the map' }));
    expect(screen.getByText('Exploring the map: the story waits at scene 2.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Return to scene' }));
    expect(progress()).toContain('2 / 3');
    expect(useAppStore.getState().cameraIntent).toMatchObject({ kind: 'fit' });
  });

  it('closes', async () => {
    const user = userEvent.setup();
    await openSample();
    await user.click(screen.getByRole('button', { name: 'Close story' }));
    expect(useAppStore.getState().story).toBeNull();
    expect(screen.queryByText('Wuhan to Tashkent')).toBeNull();
  });
});

describe('story gallery', () => {
  it('lists each story with title, summary and scene count, and plays one', async () => {
    const user = userEvent.setup();
    act(() => useAppStore.getState().setGalleryOpen(true));
    render(<StoryGallery />);
    const dialog = screen.getByRole('dialog', { name: 'Stories' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close the stories' }));
    await within(dialog).findByText('Wuhan to Tashkent');
    expect(within(dialog).getByText('Rail, then road.')).toBeTruthy();
    expect(within(dialog).getByText('3 scenes')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Play' }));
    expect(useAppStore.getState()).toMatchObject({
      galleryOpen: false,
      story: { id: 'sample', scene: 0 },
      storyApplied: 'sample#0',
    });
  });

  it('closes on Escape', async () => {
    const user = userEvent.setup();
    act(() => useAppStore.getState().setGalleryOpen(true));
    render(<StoryGallery />);
    await user.keyboard('{Escape}');
    expect(useAppStore.getState().galleryOpen).toBe(false);
  });
});
