// Video export benchmark: the time from a click on "Video" to the downloaded file, for a built-in story played
// through the real export in headless Chromium (software WebGL), and the file's size.
// Usage: npm run bench:video [-- --story cku-wuhan-tashkent] [--scenes 3]
import { readFileSync } from 'node:fs';
import { preview } from 'vite';
import { launchChromium } from './chromium';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const STORY = opt('story') ?? 'cku-wuhan-tashkent';
const SCENES = opt('scenes') ? Number(opt('scenes')) : undefined;
const story = JSON.parse(readFileSync(`geo/stories/${STORY}.json`, 'utf8')) as { scenes: { duration?: number }[] };
const scenes = story.scenes.slice(0, SCENES ?? story.scenes.length);
// 12 s for a scene without a duration, as autoplay (story/autoplay.ts).
const videoSeconds = scenes.reduce((sum, s) => sum + (s.duration ?? 12), 0);

const server = await preview({
  configFile: false,
  root: process.cwd(),
  logLevel: 'warn',
  build: { outDir: 'dist-e2e' },
  preview: { host: '127.0.0.1', port: 4176, strictPort: true },
});
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  await page.goto(`http://127.0.0.1:4176/?lang=en&story=${STORY}&scene=1`);
  await page.waitForFunction(() => Boolean(window.__atlas?.map), undefined, { timeout: 120_000 });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        window.__atlas!.map.loaded() ? resolve() : window.__atlas!.map.once('idle', () => resolve()),
      ),
  );
  if (SCENES) await page.evaluate((n) => (window.__atlasVideoScenes = n), SCENES);
  const button = page.getByRole('button', { name: 'Video', exact: true });
  await button.waitFor({ timeout: 120_000 });
  const download = page.waitForEvent('download', { timeout: 3_600_000 });
  const started = Date.now();
  await button.click();
  const file = await download;
  const seconds = (Date.now() - started) / 1000;
  const path = await file.path();
  const bytes = readFileSync(path).length;
  console.log(
    `${STORY}: ${scenes.length} scenes, ${videoSeconds} s of video at 1280×720, 30 fps → ${file.suggestedFilename()}, ` +
      `${(bytes / 1e6).toFixed(1)} MB, export ${seconds.toFixed(1)} s (${(seconds / videoSeconds).toFixed(2)} s per second of video)`,
  );
} finally {
  await browser.close();
  server.httpServer.close();
}
