// The story as a video file, as a presenter gets it: "Video" in the player, a progress bar, a file downloaded.
// The file is played back in the page: it must decode at 1280×720, last as long as the scenes' autoplay durations
// together, and show the map with the caption burned in. Cancel stops the export and leaves the story as it was.
// The whole CKU story's export time is measured by `npm run bench:video`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openAtlas, screenshot, SCREENSHOTS, waitForIdle } from './driver';
import { bypassCsp } from './explore-driver';

interface StoryFile {
  id: string;
  scenes: { duration?: number }[];
}
const CKU = JSON.parse(readFileSync('geo/stories/cku-wuhan-tashkent.json', 'utf8')) as StoryFile;
/** A scene without a duration stays 12 s in autoplay (the story authors' guide); the video follows autoplay. */
const seconds = (story: StoryFile, count = story.scenes.length) =>
  story.scenes.slice(0, count).reduce((sum, s) => sum + (s.duration ?? 12), 0);
const FRAME = 1 / 30;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

async function openCku(): Promise<Page> {
  // The atlas never plays media itself (its CSP has no media-src); the test plays the downloaded file back in the
  // page as a video player would, so the policy is lifted for that.
  const { page } = await openAtlas(browser, `?lang=en&story=${CKU.id}&scene=1`, { intercept: bypassCsp });
  await waitForIdle(page);
  await page.waitForFunction(() => !document.querySelector('[data-drawing]'), undefined, { timeout: 30_000 });
  // Keep every Blob the page hands to a download link, so the file can be played back in the page.
  await page.evaluate(() => {
    const w = window as unknown as { __blobs: Blob[] };
    w.__blobs = [];
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (b: Blob | MediaSource) => {
      if (b instanceof Blob) w.__blobs.push(b);
      return original(b);
    };
  });
  return page;
}

interface Played {
  type: string;
  size: number;
  width: number;
  height: number;
  duration: number;
  /** Mean brightness of a band at the top (map) and at the bottom (caption band) of a frame, 0–255. */
  top: number;
  bottom: number;
  topColours: number;
  /** The frame as a PNG data URL, saved beside the screenshots to look at. */
  png: string;
}

function saveFrame(played: Played, name: string): void {
  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(`${SCREENSHOTS}/${name}.png`, Buffer.from(played.png.split(',')[1]!, 'base64'));
}

/** Plays the last downloaded file in a <video> element and reads one frame, `at` seconds in. */
function playBack(page: Page, at: number): Promise<Played> {
  return page.evaluate(async (at) => {
    const blobs = (window as unknown as { __blobs: Blob[] }).__blobs.filter((b) => b.type.startsWith('video/'));
    const blob = blobs.at(-1)!;
    const video = document.createElement('video');
    video.muted = true;
    const loaded = new Promise((resolve, reject) => {
      video.onloadeddata = resolve;
      video.onerror = () => reject(new Error(`video error ${video.error?.code} ${video.error?.message}`));
    });
    video.src = URL.createObjectURL(blob);
    await loaded;
    const seeked = new Promise((resolve) => (video.onseeked = resolve));
    video.currentTime = at;
    await seeked;
    const c = document.createElement('canvas');
    c.width = video.videoWidth;
    c.height = video.videoHeight;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(video, 0, 0);
    const band = (y0: number, y1: number) => {
      const { data } = ctx.getImageData(0, y0, c.width, y1 - y0);
      let sum = 0;
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 5) {
        sum += (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
        colours.add(((data[i]! >> 3) << 10) | ((data[i + 1]! >> 3) << 5) | (data[i + 2]! >> 3));
      }
      return { mean: sum / (data.length / 20), colours: colours.size };
    };
    const top = band(0, 200);
    const bottom = band(c.height - 20, c.height);
    return {
      type: blob.type,
      size: blob.size,
      width: video.videoWidth,
      height: video.videoHeight,
      duration: video.duration,
      top: top.mean,
      bottom: bottom.mean,
      topColours: top.colours,
      png: c.toDataURL('image/png'),
    };
  }, at);
}

describe('story video', () => {
  it('makes a WebM of the first two scenes that decodes at 1280×720 and lasts as long as they do', async () => {
    const page = await openCku();
    await page.evaluate(() => {
      window.__atlasVideoScenes = 2;
      window.__atlasVideoFormat = 'webm';
    });
    const download = page.waitForEvent('download', { timeout: 300_000 });
    await page.getByRole('button', { name: 'Video', exact: true }).click();
    const bar = page.getByRole('progressbar', { name: 'Video export' });
    await bar.waitFor();
    await page.waitForFunction(
      () => Number(document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')) >= 20,
      undefined,
      { timeout: 300_000 },
    );
    await screenshot(page, 'video-progress');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^cku-wuhan-tashkent-\d{4}-\d{2}-\d{2}\.webm$/);
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    const played = await playBack(page, 5);
    saveFrame(played, 'video-frame-webm');
    expect(played.type).toBe('video/webm');
    expect([played.width, played.height]).toEqual([1280, 720]);
    expect(Math.abs(played.duration - seconds(CKU, 2))).toBeLessThanOrEqual(FRAME + 0.001);
    // The map is drawn (many colours at the top), the caption band is light.
    expect(played.topColours).toBeGreaterThan(20);
    expect(played.bottom).toBeGreaterThan(200);
    // The story is back on the scene it showed before.
    expect(await page.locator('.story-progress [aria-hidden="true"]').textContent()).toBe(`1 / ${CKU.scenes.length}`);
  }, 400_000);

  it('cancel stops the export: no file, no bar, the story where it was', async () => {
    const page = await openCku();
    await page.evaluate(() => (window.__atlasVideoScenes = 3));
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByRole('button', { name: 'Video', exact: true }).click();
    await page.waitForFunction(
      () => Number(document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')) >= 5,
      undefined,
      { timeout: 120_000 },
    );
    await page.getByRole('button', { name: 'Cancel the video' }).click();
    await page.getByRole('status').filter({ hasText: 'The video was cancelled.' }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('progressbar').count()).toBe(0);
    expect(await page.locator('.story-progress [aria-hidden="true"]').textContent()).toBe(`1 / ${CKU.scenes.length}`);
    // The map draws at the screen's pixel ratio again.
    expect(await page.evaluate(() => window.__atlas!.map.getPixelRatio())).toBe(1);
    await new Promise((r) => setTimeout(r, 1000));
    expect(downloads).toBe(0);
  }, 200_000);

  it('makes an MP4 of three scenes, one drawing a planned route, as long as they last', async () => {
    const page = await openCku();
    await page.evaluate(() => (window.__atlasVideoScenes = 3));
    const download = page.waitForEvent('download', { timeout: 600_000 });
    const started = Date.now();
    await page.getByRole('button', { name: 'Video', exact: true }).click();
    const file = await download;
    const took = (Date.now() - started) / 1000;
    expect(file.suggestedFilename()).toMatch(/^cku-wuhan-tashkent-\d{4}-\d{2}-\d{2}\.mp4$/);
    // Into the third scene, after its route is drawn.
    const played = await playBack(page, 24 + 6);
    saveFrame(played, 'video-frame-mp4');
    console.log(`video export, first 3 CKU scenes (${seconds(CKU, 3)} s of video): ${took.toFixed(1)} s`);
    expect(played.type).toBe('video/mp4');
    expect([played.width, played.height]).toEqual([1280, 720]);
    expect(Math.abs(played.duration - seconds(CKU, 3))).toBeLessThanOrEqual(FRAME + 0.001);
    expect(played.topColours).toBeGreaterThan(20);
  }, 700_000);
});
