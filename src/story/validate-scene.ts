// The checks of one scene that the schema cannot express: ranges, the one camera, the ids a scene names (each of
// the right kind), a route the planner can find, and captions without HTML or unsafe links.
import { YEAR_MAX, YEAR_MIN } from '../data/filters';
import { htmlLike, isSafeHref, linkTargets } from './markdown';
import { closest, isLineKind, isNodeKind, kindWord, type StoryRefs } from './refs';
import type { Scene, StoryText } from './schema';

const LANG_KEYS = ['zh', 'en', 'ru'] as const;
export const ZOOM_RANGE = [0, 22] as const;
export const PITCH_MAX = 60;
/** Autoplay durations an audience can read and a kiosk still moves on from, in seconds. */
export const DURATION_RANGE = [2, 600] as const;

/** Records a problem at a path below the scene (or the story), in words. */
export type Report = (path: string, message: string) => void;

export function checkTexts(text: StoryText, name: string, report: Report, markdown: boolean): void {
  for (const lang of LANG_KEYS) {
    const value = text[lang];
    const path = `${name}.${lang}`;
    if (!value.trim()) {
      report(path, `${path} is empty`);
      continue;
    }
    if (!markdown) continue;
    const tag = htmlLike(value);
    if (tag)
      report(
        path,
        `${path} contains '${tag}', which is shown as text, not HTML: use **bold**, *italic* or [a link](https://…)`,
      );
    for (const href of linkTargets(value))
      if (!isSafeHref(href))
        report(path, `${path} links to '${href}': only https:// links are allowed; it will show as plain text`);
  }
}

function checkCamera(scene: Scene, report: Report, refs: StoryRefs): void {
  const c = scene.camera;
  const view = c.center !== undefined || c.zoom !== undefined;
  if (view && c.fit) report('camera', 'camera has both a view (center, zoom) and fit: keep one');
  if (!view && !c.fit) report('camera', 'camera needs either center and zoom, or fit (record ids to frame)');
  if (view && (c.center === undefined || c.zoom === undefined)) report('camera', 'camera needs both center and zoom');
  const [lon, lat] = c.center ?? [0, 0];
  if (lon < -180 || lon > 360) report('camera.center[0]', `longitude ${lon} is outside -180–360`);
  if (lat < -85 || lat > 85) report('camera.center[1]', `latitude ${lat} is outside -85–85 (is [lon, lat] swapped?)`);
  for (const key of ['zoom', 'maxZoom'] as const) {
    const z = c[key];
    if (z !== undefined && (z < ZOOM_RANGE[0] || z > ZOOM_RANGE[1]))
      report(`camera.${key}`, `${key} ${z} is outside 0–22`);
  }
  if (c.bearing !== undefined && Math.abs(c.bearing) > 360)
    report('camera.bearing', `bearing ${c.bearing} is outside -360–360`);
  if (c.pitch !== undefined && (c.pitch < 0 || c.pitch > PITCH_MAX))
    report('camera.pitch', `pitch ${c.pitch} is outside 0–${PITCH_MAX}`);
  c.fit?.forEach((id, i) => checkRecord(id, `camera.fit[${i}]`, 'record', report, refs));
}

type Expect = 'record' | 'node' | 'corridor' | 'line';

/** Reports an id that names nothing, or names the wrong kind of thing for the field. */
function checkRecord(id: string, path: string, expect: Expect, report: Report, refs: StoryRefs): void {
  const kind = refs.records.get(id);
  if (kind === undefined) {
    if (refs.unchecked?.has(id)) return;
    const near = closest(id, refs.records.keys());
    const nearKind = near ? refs.records.get(near) : undefined;
    const word =
      expect === 'record'
        ? nearKind
          ? kindWord(nearKind)
          : 'record'
        : expect === 'line'
          ? 'corridor or segment'
          : expect;
    report(path, `unknown ${word} '${id}' in ${path}${near ? ` (did you mean '${near}'?)` : ''}`);
    return;
  }
  if (expect === 'node' && !isNodeKind(kind))
    report(
      path,
      `${path} '${id}' is a ${kindWord(kind)}; the route planner needs a place (city, port, crossing, terminal)`,
    );
  if (expect === 'corridor' && kind !== 'corridor')
    report(path, `${path} '${id}' is a ${kindWord(kind)}, not a corridor`);
  if (expect === 'line' && !isLineKind(kind))
    report(path, `${path} '${id}' is a ${kindWord(kind)}; only corridors and segments can be drawn as lines`);
}

function checkCountry(code: string, path: string, report: Report, refs: StoryRefs): void {
  if (!refs.countries.has(code)) report(path, `no record in the data lists the country '${code}' (${path})`);
}

export function checkScene(scene: Scene, report: Report, refs: StoryRefs): void {
  checkCamera(scene, report, refs);
  const f = scene.filters ?? {};
  f.corridors?.forEach((id, i) => checkRecord(id, `filters.corridors[${i}]`, 'corridor', report, refs));
  f.countries?.forEach((c, i) => checkCountry(c, `filters.countries[${i}]`, report, refs));
  if (scene.year !== undefined && (scene.year < YEAR_MIN || scene.year > YEAR_MAX))
    report('year', `year ${scene.year} is outside the year control's ${YEAR_MIN}–${YEAR_MAX}`);
  if (scene.selection) checkRecord(scene.selection, 'selection', 'record', report, refs);
  scene.highlight?.forEach((id, i) => checkRecord(id, `highlight[${i}]`, 'record', report, refs));
  const r = scene.route;
  if (r) {
    checkRecord(r.from, 'route.from', 'node', report, refs);
    checkRecord(r.to, 'route.to', 'node', report, refs);
    r.via?.forEach((id, i) => checkRecord(id, `route.via[${i}]`, 'node', report, refs));
    r.avoid?.forEach((c, i) => checkCountry(c, `route.avoid[${i}]`, report, refs));
    if (r.from === r.to) report('route', `route goes from '${r.from}' to itself`);
    if (r.month !== undefined && (r.month < 1 || r.month > 12))
      report('route.month', `month ${r.month} is outside 1–12`);
    // A route that names known places but has no way through is reported in the planner's own words.
    const placesKnown = [r.from, r.to, ...(r.via ?? [])].every((id) => isNodeKind(refs.records.get(id)));
    const monthOk = r.month === undefined || (r.month >= 1 && r.month <= 12);
    const problem = placesKnown && monthOk && r.from !== r.to ? refs.routeProblem?.(r) : null;
    if (problem) report('route', `the route planner finds no route: ${problem}`);
  }
  const d = scene.duration;
  if (d !== undefined && (d < DURATION_RANGE[0] || d > DURATION_RANGE[1]))
    report('duration', `duration ${d} is outside ${DURATION_RANGE[0]}–${DURATION_RANGE[1]} seconds`);
  if (scene.draw === 'route' && !r) report('draw', 'draw is "route" but the scene has no route');
  if (Array.isArray(scene.draw)) scene.draw.forEach((id, i) => checkRecord(id, `draw[${i}]`, 'line', report, refs));
  checkTexts(scene.caption, 'caption', report, true);
  checkTexts(scene.notes, 'notes', report, true);
  if (!scene.sources.length) report('sources', 'sources is empty: name the source of the facts in the caption');
  scene.sources.forEach((s, i) => {
    if (!refs.sources.has(s)) {
      const near = closest(s, refs.sources);
      report(
        `sources[${i}]`,
        `unknown source '${s}'${near ? ` (did you mean '${near}'?)` : ''}; sources live in geo/sources.json`,
      );
    }
  });
}
