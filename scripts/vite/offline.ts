// Offline after the first visit: writes dist/sw.js, the service worker with the list of files to precache, once
// the whole build (bundle and public/) is on disk. The list and a version hash are generated from the files
// themselves, so a changed byte anywhere is a new version. A dozen lines of worker beat a library here: the app's
// needs are one precache, one runtime tile cache and an update prompt (see src/offline/service-worker.js).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/** Basemap zoom levels precached; deeper tiles are cached as they are used. */
export const PRECACHED_ZOOMS = 4;
const WORKER_SOURCE = new URL('../../src/offline/service-worker.js', import.meta.url);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Whether a built file (path relative to dist/, with forward slashes) belongs in the precache. */
export function precached(path: string): boolean {
  if (path === 'sw.js' || path.endsWith('.map')) return false;
  const tile = /^basemap\/tiles\/(\d+)\//.exec(path);
  return !tile || Number(tile[1]) <= PRECACHED_ZOOMS;
}

export function serviceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'atlas-service-worker',
    apply: 'build',
    configResolved: (c) => {
      config = c;
    },
    closeBundle() {
      const outDir = resolve(config.root, config.build.outDir);
      const files = walk(outDir)
        .map((p) => relative(outDir, p).split(sep).join('/'))
        .filter(precached)
        .sort();
      const worker = readFileSync(WORKER_SOURCE, 'utf8');
      const hash = createHash('sha256').update(worker);
      for (const f of files) hash.update(f).update(readFileSync(join(outDir, f)));
      const version = hash.digest('hex').slice(0, 16);
      const header = `const VERSION = ${JSON.stringify(version)};\nconst PRECACHE = ${JSON.stringify(files)};\n`;
      writeFileSync(join(outDir, 'sw.js'), header + worker);
    },
  };
}
