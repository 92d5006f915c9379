// A presenter makes a story in the page: three scenes with different camera, filters and a route, captions typed,
// played, saved as a file, kept over a reload, opened again from the file and played the same; a bad file is
// refused in words; axe finds nothing serious in the editor. (A story in a link: story-link.e2e.ts.)
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openAtlas, screenshot, waitForIdle } from './driver';
import { bypassCsp, runAxe, searchAndChoose } from './explore-driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const editor = (page: Page) => page.getByRole('complementary', { name: 'Story editor' });
const caption = (page: Page) => editor(page).getByLabel(/^Caption/);

/** A place field of the Route tab: types a name and takes the first suggestion. */
async function choosePlace(page: Page, label: string, text: string): Promise<void> {
  const box = page.getByRole('combobox', { name: label, exact: true });
  await box.click();
  await box.fill(text);
  await page
    .locator(`#${await box.getAttribute('aria-controls')} [role="option"]`)
    .first()
    .waitFor();
  await box.press('Enter');
}

async function addScene(page: Page, text: string): Promise<void> {
  await waitForIdle(page);
  await editor(page).getByRole('button', { name: 'Add scene from the map' }).click();
  await caption(page).fill(text);
}

interface SavedStory {
  id: string;
  scenes: {
    camera: { center: [number, number]; zoom: number };
    filters?: { modes?: string[] };
    selection?: string;
    route?: { from: string; to: string };
    caption: { en: string; ru: string };
  }[];
}

describe('story editor', () => {
  it('makes a three-scene story from the map, plays it, saves it, keeps it over a reload and opens the file', async () => {
    const atlas = await openAtlas(browser, '?lang=en');
    const { page } = atlas;
    await waitForIdle(page);
    await page.getByRole('button', { name: 'Stories' }).click();
    await page.getByRole('dialog', { name: 'Stories' }).getByRole('button', { name: 'New story' }).click();
    await editor(page).waitFor();
    await editor(page)
      .getByLabel(/^Title/)
      .fill('Three views of the corridors');

    // Scene 1: the whole region with one mode hidden in the legend.
    await page.locator('.legend button[aria-pressed="true"]').first().click();
    await addScene(page, 'The **network** at a glance.');
    // Scene 2: a crossing chosen in the search (camera and selection move).
    await searchAndChoose(page, 'Khorgos');
    await addScene(page, 'Khorgos on the China–Kazakhstan border.');
    // Scene 3: a planned route, started from the details' "Route from here"; the panel then shows the Route tab,
    // where the destination is typed.
    await searchAndChoose(page, 'Wuhan');
    await page.getByRole('button', { name: 'Route from here' }).click();
    await choosePlace(page, 'To', 'Tashkent');
    await page.locator('#route-answer-title').waitFor();
    await addScene(page, 'By road and rail from Wuhan to Tashkent.');
    await expect(editor(page).locator('.editor-scenes li').count()).resolves.toBe(3);
    await expect(editor(page).getByText('missing: zh, ru').first().isVisible()).resolves.toBe(true);
    await screenshot(page, 'story-editor');

    // Play from scene 1: the captions follow the keys.
    await editor(page).locator('.editor-scene-pick').first().click();
    await editor(page).getByRole('button', { name: 'Play from this scene' }).click();
    await page.locator('.story-caption', { hasText: 'network at a glance' }).waitFor();
    await page.locator('body').press('ArrowRight');
    await page.locator('.story-caption', { hasText: 'Khorgos on the' }).waitFor();
    await page.locator('body').press('ArrowRight');
    await page.locator('.story-caption', { hasText: 'from Wuhan to Tashkent' }).waitFor();
    await page.getByRole('button', { name: 'Close story' }).click();

    // Save as a file in the geo/stories format.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      editor(page).getByRole('button', { name: 'Save as file' }).click(),
    ]);
    const file = readFileSync(await download.path());
    const saved = JSON.parse(file.toString('utf8')) as SavedStory;
    expect(saved.scenes.map((s) => s.caption.en)).toEqual([
      'The **network** at a glance.',
      'Khorgos on the China–Kazakhstan border.',
      'By road and rail from Wuhan to Tashkent.',
    ]);
    expect(saved.scenes[0]!.filters?.modes?.length).toBeGreaterThan(0);
    expect(saved.scenes[1]!.selection).toMatch(/khorgos/);
    expect(saved.scenes[2]!.route).toMatchObject({ from: 'wuhan', to: 'tashkent' });
    expect(new Set(saved.scenes.map((s) => s.camera.zoom)).size).toBeGreaterThan(1);

    // A reload keeps the draft open in the editor.
    await page.reload();
    await editor(page).waitFor();
    await expect(editor(page).locator('.editor-scenes li').count()).resolves.toBe(3);

    // A bad file is refused in words, and the draft stays as it was.
    const bad = structuredClone(saved) as unknown as { scenes: Record<string, unknown>[] };
    bad.scenes[1]!.selection = 'khorgoss';
    const badPath = `${await download.path()}-bad.json`;
    writeFileSync(badPath, JSON.stringify(bad));
    await editor(page).getByLabel('Open a story file').setInputFiles(badPath);
    const alert = editor(page).getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/scene 2: .*khorgoss/);
    await expect(editor(page).locator('.editor-scenes li').count()).resolves.toBe(3);

    // The saved file opens and plays the same scenes.
    await editor(page).getByRole('button', { name: 'Close editor' }).click();
    await page.getByRole('button', { name: 'Stories' }).click();
    await page.getByRole('dialog', { name: 'Stories' }).getByRole('button', { name: 'New story' }).click();
    await editor(page)
      .getByLabel('Open a story file')
      .setInputFiles(await download.path());
    await editor(page).getByRole('status').waitFor();
    await expect(editor(page).locator('.editor-scenes li').count()).resolves.toBe(3);
    await editor(page).getByRole('button', { name: 'Play from this scene' }).click();
    await page.locator('.story-caption', { hasText: 'network at a glance' }).waitFor();
    await page.locator('body').press('End');
    await page.locator('.story-caption', { hasText: 'from Wuhan to Tashkent' }).waitFor();
    await waitForIdle(page);
    expect(atlas.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('plays a scene in the part of the map the editor and the caption leave free', async () => {
    const { page } = await openAtlas(browser, '?lang=en');
    await waitForIdle(page);
    await page.getByRole('button', { name: 'Stories' }).click();
    await page.getByRole('dialog', { name: 'Stories' }).getByRole('button', { name: 'New story' }).click();
    await editor(page).waitFor();
    await searchAndChoose(page, 'Khorgos');
    await addScene(page, 'Khorgos on the China–Kazakhstan border.');
    await editor(page).locator('.editor-scene-pick').first().click();
    await editor(page).getByRole('button', { name: 'Play from this scene' }).click();
    await page.locator('.story-caption', { hasText: 'Khorgos on the' }).waitFor();
    await page.waitForFunction(() => !window.__atlas!.map.isMoving(), undefined, { timeout: 15_000 });
    await waitForIdle(page);
    await screenshot(page, 'story-editor-framing');
    const seen = await page.evaluate(() => {
      const map = window.__atlas!.map;
      const box = map.getContainer().getBoundingClientRect();
      const stage = document.querySelector('.story-stage')!.getBoundingClientRect();
      return {
        khorgos: box.left + map.project([80.3732, 44.2331]).x,
        left: document.querySelector('.story-editor')!.getBoundingClientRect().right,
        right: stage.left > box.left ? Math.min(box.right, stage.left) : box.right,
      };
    });
    // Khorgos, the scene's place, is in the middle half of what the author sees between the editor and the caption.
    const quarter = (seen.right - seen.left) / 4;
    expect(seen.khorgos).toBeGreaterThan(seen.left + quarter);
    expect(seen.khorgos).toBeLessThan(seen.right - quarter);
  });

  it('axe finds no serious or critical violation in the editor', async () => {
    const { page } = await openAtlas(browser, '?lang=en', { intercept: bypassCsp });
    await waitForIdle(page);
    await page.getByRole('button', { name: 'Stories' }).click();
    await page.getByRole('dialog', { name: 'Stories' }).getByRole('button', { name: 'New story' }).click();
    await addScene(page, 'Scene for the accessibility check.');
    const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);
    await page.context().close();
  });
});
