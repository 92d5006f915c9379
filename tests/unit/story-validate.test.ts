import { describe, expect, it } from 'vitest';
import { refsFromDataset } from '../../src/story/refs';
import { validateStory } from '../../src/story/validate';
import { sampleStory, storyDataset } from './fixtures/story-data';

const refs = refsFromDataset(storyDataset());
const FILE = 'stories/sample.json';

// A test edits the story's JSON as an author would, without types in the way.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

/** The messages for a copy of the sample story changed by `edit`. */
function messages(edit: (s: Json) => void = () => {}): string[] {
  const story = structuredClone(sampleStory()) as Json;
  edit(story);
  return validateStory(FILE, story, refs).map((i) => `${i.path}: ${i.message}`);
}

describe('story validation', () => {
  it('accepts the sample story', () => {
    expect(messages()).toEqual([]);
  });

  it('names an unknown record by scene, field and likely meaning', () => {
    expect(
      messages((s) => {
        s.scenes[2].highlight = ['irkeshtan'];
      }),
    ).toEqual([
      `scenes[2].highlight[0]: scene 3: unknown border crossing 'irkeshtan' in highlight[0] (did you mean 'irkeshtam'?)`,
    ]);
  });

  it('says which translation is missing or empty', () => {
    expect(
      messages((s) => {
        delete s.scenes[1].caption.ru;
        s.scenes[0].notes.zh = '  ';
      }),
    ).toEqual([
      'scenes[0].notes.zh: scene 1: notes.zh is empty',
      'scenes[1].caption.ru: scene 2: caption.ru is missing',
    ]);
  });

  it('gives ranges in words', () => {
    expect(
      messages((s) => {
        s.scenes[0].camera.zoom = 30;
        s.scenes[2].camera.pitch = 80;
        s.scenes[1].year = 1800;
        s.scenes[2].route.month = 13;
      }),
    ).toEqual([
      'scenes[0].camera.zoom: scene 1: zoom 30 is outside 0–22',
      "scenes[1].year: scene 2: year 1800 is outside the year control's 1990–2035",
      'scenes[2].camera.pitch: scene 3: pitch 80 is outside 0–60',
      'scenes[2].route.month: scene 3: month 13 is outside 1–12',
    ]);
  });

  it('checks that each field names the right kind of record', () => {
    expect(
      messages((s) => {
        s.scenes[2].route.from = 'cku';
        s.scenes[1].filters.corridors = ['osh'];
        s.scenes[0].draw = ['bedel'];
      }),
    ).toEqual([
      "scenes[0].draw[0]: scene 1: draw[0] 'bedel' is a border crossing; only corridors and segments can be drawn as lines",
      "scenes[1].filters.corridors[0]: scene 2: filters.corridors[0] 'osh' is a city, not a corridor",
      "scenes[2].route.from: scene 3: route.from 'cku' is a corridor; the route planner needs a place (city, port, crossing, terminal)",
    ]);
  });

  it('asks for one camera, known sources and a route behind draw: "route"', () => {
    expect(
      messages((s) => {
        s.scenes[0].camera.fit = ['osh'];
        s.scenes[1].sources = ['seed-03'];
        delete s.scenes[2].route;
      }),
    ).toEqual([
      'scenes[0].camera: scene 1: camera has both a view (center, zoom) and fit: keep one',
      "scenes[1].sources[0]: scene 2: unknown source 'seed-03' (did you mean 'seed-003'?); sources live in geo/sources.json",
      'scenes[2].draw: scene 3: draw is "route" but the scene has no route',
    ]);
  });

  it('asks the route planner whether a scene’s route exists', () => {
    const found = messages((s) => {
      s.scenes[2].route.to = 'bedel';
    });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^scenes\[2\]\.route: scene 3: the route planner finds no route: .*bedel/i);
  });

  it('refuses HTML and links that are not https in captions', () => {
    expect(
      messages((s) => {
        s.scenes[0].caption.en = 'See <b>this</b> and [that](javascript:alert(1)).';
      }),
    ).toEqual([
      "scenes[0].caption.en: scene 1: caption.en contains '<b>', which is shown as text, not HTML: use **bold**, *italic* or [a link](https://…)",
      "scenes[0].caption.en: scene 1: caption.en links to 'javascript:alert(1)': only https:// links are allowed; it will show as plain text",
    ]);
  });

  it('reports misspelt fields, duplicate scene ids and a story id that is not its file name', () => {
    expect(
      messages((s) => {
        s.id = 'other';
        s.scenes[1].captoin = s.scenes[1].caption;
        s.scenes[2].id = 'start';
      }),
    ).toEqual([
      "id: the story id 'other' must match its file name 'sample.json'",
      "scenes[1]: scene 2: unknown field 'captoin' (check the spelling)",
      "scenes[2].id: scene 3: id 'start' is also the id of scene 1",
    ]);
  });

  it('needs scenes', () => {
    expect(messages((s) => (s.scenes = []))).toEqual(['scenes: a story needs at least one scene']);
    expect(validateStory(FILE, [], refs).map((i) => i.message)).toEqual([
      'a story file holds one object: { "id", "title", "summary", "scenes" }',
    ]);
  });
});
