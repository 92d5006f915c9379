import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/store';

describe('notices', () => {
  it('shows a repeated message once', () => {
    const { notify } = useAppStore.getState();
    notify('info', 'Some link parameters were ignored: map.');
    notify('info', 'Some link parameters were ignored: map.');
    expect(useAppStore.getState().notices.map((n) => n.text)).toEqual(['Some link parameters were ignored: map.']);
  });

  it('keeps one notice per key, however many failures share it', () => {
    const { notify } = useAppStore.getState();
    notify('error', 'The basemap could not be loaded (tile 3/5/2).', 'basemap');
    notify('error', 'The basemap could not be loaded (tile 3/5/3).', 'basemap');
    notify('error', 'The corridor data could not be loaded.');
    expect(useAppStore.getState().notices.map((n) => n.text)).toEqual([
      'The basemap could not be loaded (tile 3/5/2).',
      'The corridor data could not be loaded.',
    ]);
  });

  it('dismisses a notice', () => {
    useAppStore.getState().notify('info', 'Hello');
    const [n] = useAppStore.getState().notices;
    useAppStore.getState().dismissNotice(n!.id);
    expect(useAppStore.getState().notices).toEqual([]);
  });
});
