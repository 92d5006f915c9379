// `npm run bench:markdown`: story Markdown on hostile captions of 2 MB. Every step must stay linear in the input:
// the figures printed for 0.5, 1 and 2 MB should grow about in proportion (a quadratic step would grow 16-fold).
import { htmlLike, linkTargets, parseMarkdown } from '../src/story/markdown';
import { refsFromDataset } from '../src/story/refs';
import { validateStory } from '../src/story/validate';

const PATTERNS: Record<string, string> = {
  '<a': '<a',
  '[a': '[a',
  '[a](': '[a](',
  '**a': '**a',
  '*a**': '*a**',
  '((': '((',
  '\\*': '\\*',
};
const SIZES = [0.5, 1, 2];
const refs = refsFromDataset({ sources: [], corridors: [], nodes: [], segments: [], projects: [] });

/** The median of three runs: one run on a shared machine is at the mercy of whatever else is running. */
function time(run: () => unknown): number {
  const runs = [0, 1, 2].map(() => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
  return runs.sort((a, b) => a - b)[1]!;
}

const ms = (t: number) => `${t.toFixed(0).padStart(6)} ms`;
console.log('pattern   MB   htmlLike  linkTargets  parseMarkdown  validateStory');
for (const [name, unit] of Object.entries(PATTERNS))
  for (const mb of SIZES) {
    const caption = unit.repeat(Math.ceil((mb * 1024 * 1024) / unit.length));
    const t = (s: string) => ({ zh: s, en: s, ru: s });
    const story = {
      id: 'bench',
      title: t('Bench'),
      summary: t('Bench'),
      scenes: [{ id: 'one', camera: { center: [70, 40], zoom: 3 }, caption: t(caption), notes: t('n'), sources: [] }],
    };
    console.log(
      `${name.padEnd(8)} ${mb.toFixed(1)} ${ms(time(() => htmlLike(caption)))} ${ms(time(() => linkTargets(caption)))}` +
        `    ${ms(time(() => parseMarkdown(caption)))}      ${ms(time(() => validateStory('stories/bench.json', story, refs)))}`,
    );
  }
