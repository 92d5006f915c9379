// Faults a reader can meet, in a real Chromium: no network after the first visit, a missing map worker, basemap
// tiles that all fail, data that never arrives, and the headers the server sends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { canvasStats, openAtlas, ORIGIN, screenshot, waitForIdle } from './driver';

let browser: Browser;
beforeAll(async () => {
  browser = await (await import('./driver')).launch();
});
afterAll(async () => browser?.close());

const alertText = async (page: Page, timeout = 40_000) => {
  const alert = page.getByRole('alert');
  await alert.first().waitFor({ timeout });
  return (await alert.allTextContents()).join(' | ');
};

describe('offline after the first visit', () => {
  it('reloads without a network and still explores, plans a route and plays a story', async () => {
    const atlas = await openAtlas(browser, '?lang=en', { serviceWorkers: true });
    const { page } = atlas;
    await waitForIdle(page);
    // The worker has installed (precache done) and controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });
    await page.context().setOffline(true);

    await page.reload();
    await waitForIdle(page);
    const stats = await canvasStats(page);
    expect(stats.distinctColours).toBeGreaterThan(40);
    await page.getByRole('tab', { name: 'List' }).click();
    await page.getByRole('tabpanel').getByText('Khorgos').first().waitFor({ timeout: 30_000 });
    await screenshot(page, 'offline-explore');

    await page.goto(`${ORIGIN}/?lang=en&view=route&from=wuhan&to=tashkent`);
    await page.locator('#route-answer-title').waitFor({ timeout: 30_000 });
    await expect(page.locator('#route-answer-title').textContent()).resolves.toContain('Tashkent');
    await page.waitForFunction(() => window.__atlas?.map.getLayer('route-legs') !== undefined);
    // The picture shows the route drawn on the cached basemap, not a map still fetching its tiles.
    await waitForIdle(page);
    expect(
      await page.evaluate(() => window.__atlas!.map.queryRenderedFeatures({ layers: ['route-legs'] }).length),
    ).toBeGreaterThan(0);
    await screenshot(page, 'offline-route');

    await page.goto(`${ORIGIN}/?lang=en&story=cku-wuhan-tashkent&scene=2`);
    await page.locator('.story-progress').waitFor({ timeout: 30_000 });
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() =>
      /^3 \//.test(document.querySelector('.story-progress [aria-hidden="true"]')?.textContent ?? ''),
    );
    await waitForIdle(page);
    await screenshot(page, 'offline-story');
    expect(atlas.consoleErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('starts keeping the files for offline use only once the first view has settled', async () => {
    // At the map's first idle the page asks whether a service worker is registered; the atlas registers it right
    // after, so the precache of every file never competes with the first view for the CPU and the network.
    const atlas = await openAtlas(browser, '?lang=en', {
      serviceWorkers: true,
      intercept: (page) =>
        page.addInitScript({
          content: `let held;
            Object.defineProperty(window, '__atlas', {
              configurable: true,
              get: () => held,
              set: (v) => {
                held = v;
                v.map.once('idle', () => {
                  window.__registeredAtIdle = navigator.serviceWorker.getRegistration().then((r) => Boolean(r));
                });
              },
            });`,
        }),
    });
    const { page } = atlas;
    await waitForIdle(page);
    await page.waitForFunction(() => '__registeredAtIdle' in window);
    expect(
      await page.evaluate(() => (window as unknown as { __registeredAtIdle: Promise<boolean> }).__registeredAtIdle),
    ).toBe(false);
    // And it does register, install and take control afterwards.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    expect(await page.evaluate(async () => Boolean(await navigator.serviceWorker.getRegistration()))).toBe(true);
    await page.context().close();
  }, 120_000);
});

describe('faults in words', () => {
  it('says so when the map worker is missing, and the panels still work', async () => {
    const atlas = await openAtlas(browser, '?lang=en', {
      intercept: (page) => page.route('**/maplibre-gl-worker*', (r) => r.fulfill({ status: 404, body: 'gone' })),
    });
    expect(await alertText(atlas.page)).toContain('The map engine could not start (HTTP 404');
    await atlas.page.getByRole('tab', { name: 'List' }).click();
    // The list's code loads when its tab is first opened; then Khorgos is listed without the map.
    await atlas.page.getByRole('tabpanel').filter({ hasText: 'Khorgos' }).waitFor();
    await screenshot(atlas.page, 'worker-missing');
    await atlas.page.context().close();
  });

  it('says so when every basemap tile fails though the manifest loads', async () => {
    const atlas = await openAtlas(browser, '?lang=en', {
      intercept: (page) => page.route('**/basemap/tiles/**', (r) => r.fulfill({ status: 404, body: 'not found' })),
    });
    expect(await alertText(atlas.page)).toContain(
      'The basemap could not be loaded (HTTP 404 for basemap/tiles/0/0/0.pbf)',
    );
    await atlas.page.context().close();
  });

  it('says so when the data never answers, and loads it on "Try again"', async () => {
    let stall = true;
    const atlas = await openAtlas(browser, '?lang=en&view=list', {
      intercept: (page) => page.route('**/assets/atlas-view-*.json', (r) => (stall ? undefined : r.continue())),
    });
    const { page } = atlas;
    expect(await alertText(page, 60_000)).toContain('The corridor data did not arrive within 20 seconds');
    stall = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('tabpanel').getByText('Khorgos').first().waitFor({ timeout: 30_000 });
    await page.getByRole('alert').waitFor({ state: 'detached' });
    await page.context().close();
  });
});

describe('links that ask for more than there is', () => {
  it('shows the best route, with a notice that echoes the link, when `alt` is beyond the routes found', async () => {
    const atlas = await openAtlas(browser, '?lang=en&view=route&from=wuhan&to=tashkent&alt=9');
    const { page } = atlas;
    await page.locator('#route-answer-title').waitFor({ timeout: 30_000 });
    const notice = page.locator('.notice').filter({ hasText: 'alt=9' });
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.textContent()).toMatch(
      /^The link asks for alt=9, but this plan has alternatives up to alt=\d only; the best route is shown\./,
    );
    await expect(page.getByRole('button', { name: 'Shown Best' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('alt'));
    // Information notices go after a while: the picture is taken while it is up, whether or not the map has drawn.
    await screenshot(page, 'route-alt-beyond');
    expect(atlas.consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe('what the server sends', () => {
  it('sends the policy as a header, and the manifest, icons and worker it names', async () => {
    const res = await fetch(`${ORIGIN}/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    for (const d of [
      "default-src 'self'",
      "style-src 'self'",
      "connect-src 'self'",
      "frame-ancestors 'self'",
      "base-uri 'self'",
      "form-action 'none'",
      "object-src 'none'",
    ])
      expect(csp).toContain(d);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('blob:');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await res.text();
    expect(html).toContain('<link rel="manifest" href="manifest.webmanifest" />');
    const manifest = (await (await fetch(`${ORIGIN}/manifest.webmanifest`)).json()) as {
      icons: { src: string; sizes: string }[];
    };
    expect(manifest.icons.map((i) => i.sizes)).toEqual(['192x192', '512x512', 'any']);
    for (const icon of manifest.icons) expect((await fetch(`${ORIGIN}/${icon.src}`)).status).toBe(200);
    const sw = await (await fetch(`${ORIGIN}/sw.js`)).text();
    expect(sw).toContain('"index.html"');
    expect(sw).toContain('"basemap/tiles/4/');
    expect(sw).not.toContain('basemap/tiles/5/');
    const notices = await (await fetch(`${ORIGIN}/THIRD-PARTY-NOTICES.txt`)).text();
    expect(notices).toContain('maplibre-gl 6.17.0 (BSD-3-Clause)');
  });
});
