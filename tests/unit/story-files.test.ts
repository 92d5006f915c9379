// Story files go through the one validation command, their ids checked against the records of the same run.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatDataFile } from '../../src/data/format';
import { formatIssue } from '../../src/data/parse';
import { loadGeoDir, loadReference, validateTexts } from '../../src/validate/geo-dir';
import { toTexts, validDataset } from './fixtures/dataset';

const ref = loadReference(fileURLToPath(new URL('../../geo/', import.meta.url)));
const text = (en: string) => ({ zh: `${en}（中）`, en, ru: `${en} (рус)` });

function storyNaming(highlight: string[]) {
  return {
    id: 'khorgos-gate',
    title: text('Khorgos'),
    summary: text('The gate.'),
    scenes: [
      {
        id: 'gate',
        camera: { fit: ['khorgos-almaty'] },
        highlight,
        caption: text('The gate to Kazakhstan.'),
        notes: text('Gauge change.'),
        sources: ['seed-000'],
      },
    ],
  };
}

const problems = (story: unknown) =>
  validateTexts(
    { ...toTexts(validDataset()), 'stories/khorgos-gate.json': formatDataFile(story) },
    ref,
    2026,
  ).issues.map(formatIssue);

describe('stories in the validation command', () => {
  it('accepts a story whose ids are in the data', () => {
    expect(problems(storyNaming(['khorgos', 'khorgos-icbc', 'china-europe']))).toEqual([]);
  });

  it('names the file, the scene and the unknown id', () => {
    expect(problems(storyNaming(['khorgas']))).toEqual([
      "stories/khorgos-gate.json (khorgos-gate) at scenes[0].highlight[0]: scene 1: unknown border crossing 'khorgas' in highlight[0] (did you mean 'khorgos'?)",
    ]);
  });
});

describe('the example in the author’s guide', () => {
  it('is a valid story against the atlas data', () => {
    const guide = readFileSync(new URL('../../docs/stories.md', import.meta.url), 'utf8');
    const example = [...guide.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!).at(-1)!;
    const story = JSON.parse(example) as { id: string };
    const texts = { ...loadGeoDir(fileURLToPath(new URL('../../geo/', import.meta.url))) };
    texts[`stories/${story.id}.json`] = formatDataFile(story);
    const issues = validateTexts(texts, ref, 2026).issues.filter((i) => i.file === `stories/${story.id}.json`);
    expect(issues.map(formatIssue)).toEqual([]);
  });
});
