// The atlas's service worker. The build prepends VERSION (a hash of every precached file) and PRECACHE (their
// paths relative to this file): the app shell, the data and the basemap's low zooms. One cache per version means
// a page is always served files of one build; a new build installs beside the old and waits until the page asks
// for it ("reload to update"), so old and new files are never mixed.
/* global VERSION, PRECACHE */
const SHELL = `atlas-shell-${VERSION}`;
// Tiles beyond the precached zooms are kept as the reader visits them, for this version of the basemap.
const TILES = `atlas-tiles-${VERSION}`;
const scope = new URL(self.registration.scope);
const INDEX = new URL('index.html', scope).href;
const TILE_PATH = new URL('basemap/tiles/', scope).pathname;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(PRECACHE.map((p) => new URL(p, scope).href))));
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith('atlas-') && k !== SHELL && k !== TILES).map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

// ignoreVary: servers send `Vary: Origin`, and a module script's request carries an Origin header that the
// precache request did not, which would make every script a miss once offline.
const MATCH = { ignoreVary: true };

async function fromShell(request) {
  const cache = await caches.open(SHELL);
  return cache.match(request, MATCH);
}

async function tile(request) {
  const cache = await caches.open(TILES);
  const kept = (await fromShell(request)) ?? (await cache.match(request, MATCH));
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function page(request) {
  try {
    const cached = await (await caches.open(SHELL)).match(INDEX, MATCH);
    // A server that answered index.html with a redirect (to ./) gave a response a navigation may not use as is.
    if (cached?.redirected)
      return new Response(cached.body, {
        status: cached.status,
        statusText: cached.statusText,
        headers: cached.headers,
      });
    if (cached) return cached;
  } catch {
    // No cache storage (private mode quota): the network is all there is.
  }
  return fetch(request);
}

/** A HEAD request (the app's checks of the worker and the basemap) answered from the kept GET, without its body. */
async function head(request) {
  const kept = (await fromShell(request.url)) ?? (await (await caches.open(TILES)).match(request.url, MATCH));
  if (!kept) return fetch(request);
  return new Response(null, { status: kept.status, statusText: kept.statusText, headers: kept.headers });
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  if (request.method === 'HEAD') {
    event.respondWith(head(request));
    return;
  }
  if (request.method !== 'GET' || request.headers.has('range')) return;
  if (request.mode === 'navigate') {
    event.respondWith(page(request));
    return;
  }
  if (url.pathname.startsWith(TILE_PATH)) {
    event.respondWith(tile(request));
    return;
  }
  event.respondWith(fromShell(request).then((hit) => hit ?? fetch(request)));
});
