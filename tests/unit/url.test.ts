import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/store';
import { HOME_CAMERA } from '../../src/store/camera-slice';
import { buildSearch, needsPush, parseSearch } from '../../src/store/url';
import { readCamera, URL_FIELDS, writeCamera } from '../../src/store/url-fields';

describe('URL state', () => {
  it('reads language and camera from a link', () => {
    const { patch, dropped } = parseSearch('?lang=ru&map=4.5/41.2/69.3', URL_FIELDS);
    expect(dropped).toEqual([]);
    expect(patch.lang).toBe('ru');
    expect(patch.camera).toEqual({ zoom: 4.5, center: [69.3, 41.2], bearing: 0, pitch: 0 });
  });

  it('drops unknown keys and malformed values, naming them', () => {
    const { patch, dropped } = parseSearch('?lang=xx&map=1/2&foo=bar&map2=', URL_FIELDS);
    expect(dropped.sort()).toEqual(['foo', 'lang', 'map', 'map2']);
    expect(patch.lang).toBeUndefined();
  });

  it('rejects cameras outside the world and numbers in odd notation', () => {
    expect(readCamera('3/95/10')).toBeNull();
    expect(readCamera('3/45/1e2')).toBeNull();
    expect(readCamera('30/45/10')).toBeNull();
    expect(readCamera('3/45/10/20/10')).toEqual({ zoom: 3, center: [10, 45], bearing: 20, pitch: 10 });
  });

  it('round-trips the state through a link', () => {
    const state = { ...useAppStore.getState(), lang: 'zh' as const, camera: { ...HOME_CAMERA, zoom: 5.123456 } };
    const search = buildSearch(state, URL_FIELDS);
    expect(search).toBe('?lang=zh&map=5.12%2F45%2F78');
    const { patch } = parseSearch(search, URL_FIELDS);
    expect(patch.lang).toBe('zh');
    expect(patch.camera?.zoom).toBe(5.12);
  });

  it('leaves the camera out of the link at the first view', () => {
    expect(buildSearch(useAppStore.getState(), URL_FIELDS)).not.toContain('map=');
  });

  it('writes bearing and pitch only when the map is turned or tilted', () => {
    expect(writeCamera({ ...HOME_CAMERA, bearing: 0.2 })).toBe('2.6/45/78');
    expect(writeCamera({ ...HOME_CAMERA, bearing: 30 })).toBe('2.6/45/78/30');
    expect(writeCamera({ ...HOME_CAMERA, pitch: 40 })).toBe('2.6/45/78/0/40');
  });

  it('makes a history entry for a language change but not for a camera move', () => {
    expect(needsPush('?lang=en', '?lang=zh', URL_FIELDS)).toBe(true);
    expect(needsPush('?lang=en&map=3/1/1', '?lang=en&map=4/1/1', URL_FIELDS)).toBe(false);
  });

  it('restores the first view when going back to a link without a camera', () => {
    const { patch } = parseSearch('?lang=en', URL_FIELDS);
    expect(patch.camera).toBe(HOME_CAMERA);
  });
});
