// Every story scene that plans a route draws what its words say: each corridor its caption names is one the route
// follows for a real share of its km, and so is each corridor it highlights. Checked over all stories in
// geo/stories/ against the real network.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGeoDataset } from '../../src/data/load-node';
import { LANGS } from '../../src/data/schema';
import { buildNetwork, planRoutes } from '../../src/routing';

const loaded = loadGeoDataset();
if (!loaded.ok) throw new Error(loaded.message);
const data = loaded.data;
const net = buildNetwork(data);
const dir = 'geo/stories';
const stories = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ file: f, story: JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as StoryFile }));

interface StoryFile {
  scenes: {
    id: string;
    caption: Record<string, string>;
    highlight?: string[];
    route?: { from: string; to: string; via?: string[]; avoid?: string[]; includePlanned?: boolean; month?: number };
  }[];
}

const plain = (md: string) => md.replace(/\*\*|__|[*_`]/g, '');

/** What a scene's words claim the route to be that the drawn route is not. */
function mismatches(scene: StoryFile['scenes'][number]): string[] {
  if (!scene.route) return [];
  const result = planRoutes(net, { ...scene.route, alternatives: 0 });
  if (!result.ok) return [`no route: ${result.reason}`];
  const route = result.routes[0]!;
  const problems: string[] = [];
  for (const c of data.corridors) {
    for (const lang of LANGS) {
      const name = c.names[lang];
      if (name.length >= 4 && plain(scene.caption[lang] ?? '').includes(name) && !route.corridors.includes(c.id))
        problems.push(`caption (${lang}) names ${c.id}, the route follows ${route.corridors.join(', ')}`);
    }
  }
  for (const id of scene.highlight ?? []) {
    const isCorridor = data.corridors.some((c) => c.id === id);
    if (isCorridor && !route.corridors.includes(id)) problems.push(`highlights ${id}, which the route does not follow`);
  }
  return [...new Set(problems)];
}

describe('stories say what they draw', () => {
  it('reads every story', () => {
    expect(stories.length).toBeGreaterThan(3);
  });

  for (const { file, story } of stories) {
    it(`${file}: each scene's route follows the corridors its caption and highlight name`, () => {
      const found = story.scenes.flatMap((s, i) => mismatches(s).map((m) => `scene ${i + 1} (${s.id}): ${m}`));
      expect(found).toEqual([]);
    });
  }

  it('the Arctic Express scenes that caption the Northern Sea Route draw it', () => {
    const arctic = stories.find((s) => s.file === 'arctic-express.json')!.story;
    for (const n of [1, 5, 6]) {
      const scene = arctic.scenes[n - 1]!;
      const result = planRoutes(net, { ...scene.route!, alternatives: 0 });
      expect(result.ok && result.routes[0]!.corridors, `scene ${n}`).toContain('northern-sea-route');
      expect(result.ok && result.routes[0]!.legs.some((l) => l.mode === 'sea'), `scene ${n}`).toBe(true);
    }
  });
});
