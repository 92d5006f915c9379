// Checks a story file and says what is wrong in the words of an author: "scene 3: unknown border crossing
// 'khorgoss' in highlight[0] (did you mean 'khorgos'?)", "scene 2: caption.ru is missing". Pure: the data's ids
// come in as StoryRefs, so the data validator, the tests and the app can all call it.
import type { z } from 'zod';
import { jsonPath, type DataIssue } from '../data/parse';
import type { StoryRefs } from './refs';
import { Scene, Story } from './schema';
import { checkScene, checkTexts, type Report } from './validate-scene';

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let cur = raw;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key as string];
  }
  return cur;
}

/** A schema problem in an author's words; `base` is the path of the object that was parsed. */
function describe(issue: z.core.$ZodIssue, raw: unknown): string {
  const field = jsonPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `'${k}'`).join(', ');
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}${field ? ` in ${field}` : ''} (check the spelling)`;
  }
  if (issue.code === 'invalid_type' && valueAt(raw, issue.path) === undefined) return `${field} is missing`;
  if (issue.code === 'invalid_union' && field === 'draw') return 'draw must be a list of record ids or "route"';
  return field ? `${field}: ${issue.message}` : issue.message;
}

/** Every problem of one story file; `file` is its name below geo/, e.g. "stories/cku.json". */
export function validateStory(file: string, raw: unknown, refs: StoryRefs): DataIssue[] {
  const issues: DataIssue[] = [];
  const recordId = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : undefined;
  const add = (path: string, message: string) => issues.push({ file, recordId, path, message });

  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    add('', 'a story file holds one object: { "id", "title", "summary", "scenes" }');
    return issues;
  }
  const { scenes: rawScenes, ...rest } = raw as Record<string, unknown>;
  const head = Story.omit({ scenes: true }).safeParse(rest);
  if (!head.success) for (const iss of head.error.issues) add(jsonPath(iss.path), describe(iss, rest));
  if (head.success) {
    const expected = file.replace(/^.*\//, '').replace(/\.json$/, '');
    if (head.data.id !== expected)
      add('id', `the story id '${head.data.id}' must match its file name '${expected}.json'`);
    checkTexts(head.data.title, 'title', add, false);
    checkTexts(head.data.summary, 'summary', add, true);
    if (head.data.cover !== undefined && !/^[\w./-]+\.(png|jpe?g|webp|svg)$/.test(head.data.cover))
      add('cover', `cover '${head.data.cover}' should be a path under public/ to a .png, .jpg, .webp or .svg picture`);
  }
  if (!Array.isArray(rawScenes) || rawScenes.length === 0) {
    add(
      'scenes',
      Array.isArray(rawScenes) ? 'a story needs at least one scene' : 'scenes is missing (a list of scenes)',
    );
    return issues;
  }
  const seen = new Map<string, number>();
  rawScenes.forEach((rawScene: unknown, i) => {
    const n = i + 1;
    const base = `scenes[${i}]`;
    const report: Report = (path, message) => add(path ? `${base}.${path}` : base, `scene ${n}: ${message}`);
    const parsed = Scene.safeParse(rawScene);
    if (!parsed.success) {
      for (const iss of parsed.error.issues) report(jsonPath(iss.path), describe(iss, rawScene));
      return;
    }
    const first = seen.get(parsed.data.id);
    if (first !== undefined) report('id', `id '${parsed.data.id}' is also the id of scene ${first}`);
    else seen.set(parsed.data.id, n);
    checkScene(parsed.data, report, refs);
  });
  return issues;
}
