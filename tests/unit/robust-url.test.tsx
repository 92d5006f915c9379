// @vitest-environment jsdom
// Links that cannot be abused: every odd link gets a sane view and a notice that echoes, shortened and cleaned,
// what was not used; notices can be dismissed and information goes away by itself.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Notices, NOTICE_TIMEOUT_MS } from '../../src/panels/Notices';
import { useAppStore } from '../../src/store';
import { HOME_CAMERA } from '../../src/store/camera-slice';
import { echo, parseSearch } from '../../src/store/url';
import { URL_FIELDS } from '../../src/store/url-fields';
// The story engine the app loads with the story player.
import '../../src/app/story-engine';

vi.mock('../../src/store/story-ids', () => ({ hasStory: (id: string) => id === 'sample' }));

describe('odd links', () => {
  it('reads a repeated key once and echoes both values', () => {
    const { patch, echoes } = parseSearch('?lang=ru&lang=zh', URL_FIELDS);
    expect(patch.lang).toBe('ru');
    expect(echoes).toEqual(['lang=ru&lang=zh']);
  });

  it('visits a stop named twice once, and says so', () => {
    const { patch, echoes } = parseSearch('?from=wuhan&to=tashkent&via=kashgar,osh,kashgar', URL_FIELDS);
    expect(patch.routePlan?.via).toEqual(['kashgar', 'osh']);
    expect(echoes).toEqual(['via=kashgar,osh,kashgar']);
  });

  it('opens the home view instead of a camera off the map', () => {
    for (const map of ['22/85/360', '3/-80/70', '5/40/-120', '20/40/70']) {
      const { patch, echoes } = parseSearch(`?map=${map}`, URL_FIELDS);
      expect(patch.camera).toBe(HOME_CAMERA);
      expect(echoes).toEqual([`map=${map}`]);
    }
    expect(parseSearch('?map=5/42/50.5', URL_FIELDS).echoes).toEqual([]);
  });

  it('lets a story link set the view, ignoring the other keys it carries, with a notice', () => {
    const { patch, echoes } = parseSearch('?story=sample&scene=1&map=5/42/50.5&from=wuhan&to=osh', URL_FIELDS);
    expect(patch.story).toMatchObject({ id: 'sample' });
    expect(patch.camera).toBe(HOME_CAMERA);
    expect(echoes.sort()).toEqual(['from=wuhan', 'map=5/42/50.5', 'to=osh']);
  });

  it('echoes a value shortened and without control or direction characters', () => {
    expect(echo(`from=${'\u202e'}evil${'\u0000'}\n${'x'.repeat(100)}`)).toBe(`from= evil ${'x'.repeat(28)}…`);
    expect(echo('from=Хоргос')).toBe('from=Хоргос');
  });
});

describe('notices', () => {
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    useAppStore.setState({ notices: [] });
  });

  it('lets information go after a while and keeps errors until dismissed', () => {
    vi.useFakeTimers();
    render(<Notices />);
    act(() => {
      useAppStore.getState().notify('info', 'Some link parameters were ignored: map=22/85/360.');
      useAppStore.getState().notify('error', 'The basemap could not be loaded.');
    });
    expect(screen.getByRole('status').textContent).toContain('map=22/85/360');
    act(() => vi.advanceTimersByTime(NOTICE_TIMEOUT_MS + 1));
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('basemap');
    act(() => screen.getByRole('button', { name: 'Dismiss' }).click());
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('runs a notice’s action and keeps it until then', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    render(<Notices />);
    act(() =>
      useAppStore
        .getState()
        .notify('info', 'A new version of the atlas is ready.', 'update', { label: 'Reload to update', run }),
    );
    act(() => vi.advanceTimersByTime(NOTICE_TIMEOUT_MS * 3));
    act(() => screen.getByRole('button', { name: 'Reload to update' }).click());
    expect(run).toHaveBeenCalledOnce();
    expect(screen.queryByRole('status')).toBeNull();
  });
});
