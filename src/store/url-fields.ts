// The URL keys of the app, in the order they appear in a link.
import { isLang } from '../i18n';
import { HOME_CAMERA, type Camera } from './camera-slice';
import { EXPLORE_URL_FIELDS } from './explore-url';
import { ROUTE_URL_FIELDS } from './route-url';
import { sceneField, storyField, yieldToStory } from './story-url';
import { fmt, parseNumber, type UrlField } from './url';
import { VIEW_URL_FIELD } from './view-url';

const lang: UrlField = {
  key: 'lang',
  read: (v) => (isLang(v) ? { lang: v } : null),
  write: (s) => s.lang,
  history: 'push',
};

/**
 * The camera a link may ask for: the box the map can show (its maxBounds; the embedded basemap covers it) and
 * zooms at which the overzoomed basemap still draws. Outside it a link would open on blank sea.
 */
export const CAMERA_LIMITS = { zoom: [0, 14], lat: [-45, 84], lon: [-30, 195] } as const;

/** map=zoom/lat/lon[/bearing[/pitch]] — the same order as most web maps, so links read familiarly. */
export function readCamera(v: string): Camera | null {
  const parts = v.split('/');
  if (parts.length < 3 || parts.length > 5) return null;
  const [z, la, lo, b = '0', p = '0'] = parts;
  const zoom = parseNumber(z ?? '', ...CAMERA_LIMITS.zoom);
  const lat = parseNumber(la ?? '', ...CAMERA_LIMITS.lat);
  const lon = parseNumber(lo ?? '', ...CAMERA_LIMITS.lon);
  const bearing = parseNumber(b, -360, 360);
  const pitch = parseNumber(p, 0, 85);
  if (zoom === null || lat === null || lon === null || bearing === null || pitch === null) return null;
  return { zoom, center: [lon, lat], bearing, pitch };
}

export function writeCamera(c: Camera): string {
  const base = `${fmt(c.zoom, 2)}/${fmt(c.center[1], 4)}/${fmt(c.center[0], 4)}`;
  if (Math.abs(c.pitch) > 0.5) return `${base}/${fmt(c.bearing, 1)}/${fmt(c.pitch, 1)}`;
  if (Math.abs(c.bearing) > 0.5) return `${base}/${fmt(c.bearing, 1)}`;
  return base;
}

const camera: UrlField = {
  key: 'map',
  read: (v) => {
    const c = readCamera(v);
    return c ? { camera: c, cameraIntent: { kind: 'fly', camera: c, instant: true, seq: 0 } } : null;
  },
  write: (s) => (s.camera === HOME_CAMERA ? undefined : writeCamera(s.camera)),
  history: 'replace',
  absent: () => ({ camera: HOME_CAMERA, cameraIntent: { kind: 'fly', camera: HOME_CAMERA, instant: true, seq: 0 } }),
};

// While a story is open its scene sets the camera, filters and selection: the link carries story and scene instead.
export const URL_FIELDS: UrlField[] = [
  lang,
  storyField,
  sceneField,
  ...[camera, ...EXPLORE_URL_FIELDS, ...ROUTE_URL_FIELDS].map(yieldToStory),
  VIEW_URL_FIELD,
];
