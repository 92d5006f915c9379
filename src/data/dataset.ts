// The corridor data in the browser: fetched once from the app's own origin, parsed with the shared schema,
// then held as immutable input (the store keeps ids, never copies of records).
import { useSyncExternalStore } from 'react';
import corridorsUrl from '../../geo/corridors.json?url';
import nodesUrl from '../../geo/nodes.geojson?url';
import projectsUrl from '../../geo/projects.geojson?url';
import segmentsUrl from '../../geo/segments.geojson?url';
import sourcesUrl from '../../geo/sources.json?url';
import { formatIssue, parseDataset } from './parse';
import type { DataFileName, Dataset } from './schema';

const FILES: Record<DataFileName, string> = {
  'sources.json': sourcesUrl,
  'corridors.json': corridorsUrl,
  'nodes.geojson': nodesUrl,
  'segments.geojson': segmentsUrl,
  'projects.geojson': projectsUrl,
};

export type DatasetState =
  { status: 'loading' } | { status: 'ready'; data: Dataset } | { status: 'error'; message: string; timedOut?: boolean };

/** How long the data may take before the reader is told and offered a retry (the files are about 2 MB). */
export const DATA_TIMEOUT_MS = 20_000;

export class DataTimeout extends Error {
  constructor(readonly seconds: number) {
    super(`no answer in ${seconds} s`);
  }
}

async function fetchJson(file: string, url: string, signal?: AbortSignal): Promise<unknown> {
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
  try {
    return await res.json();
  } catch {
    throw new Error(`${file}: not valid JSON`);
  }
}

export async function loadDataset(
  files: Record<DataFileName, string> = FILES,
  timeoutMs = DATA_TIMEOUT_MS,
): Promise<Dataset> {
  const names = Object.keys(files) as DataFileName[];
  // A request that never answers (a stalled proxy, a dead connection) would leave the page loading for ever.
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(new DataTimeout(Math.round(timeoutMs / 1000))), timeoutMs);
  let bodies: unknown[];
  try {
    bodies = await Promise.all(names.map((n) => fetchJson(n, files[n], abort.signal)));
  } catch (err) {
    throw abort.signal.aborted ? abort.signal.reason : err;
  } finally {
    clearTimeout(timer);
  }
  const raw = Object.fromEntries(names.map((n, i) => [n, bodies[i]])) as Record<DataFileName, unknown>;
  const result = parseDataset(raw);
  if (!result.ok) {
    const first = result.issues[0];
    throw new Error(first ? formatIssue(first) : 'invalid data');
  }
  return result.data;
}

let state: DatasetState = { status: 'loading' };
const listeners = new Set<() => void>();
let started = false;

function set(next: DatasetState) {
  state = next;
  listeners.forEach((l) => l());
}

/** Starts the one load of the data; later calls are no-ops. */
export function startDatasetLoad(): void {
  if (started) return;
  started = true;
  loadDataset().then(
    (data) => set({ status: 'ready', data }),
    (err: Error) => set({ status: 'error', message: err.message, timedOut: err instanceof DataTimeout }),
  );
}

/** Tries the load again after a failure (the reader pressed "Try again"). */
export function retryDatasetLoad(): void {
  if (state.status !== 'error') return;
  started = false;
  set({ status: 'loading' });
  startDatasetLoad();
}

export function useDataset(): DatasetState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );
}

/** For tests and stories: provide data without fetching. */
export function provideDataset(data: Dataset): void {
  started = true;
  set({ status: 'ready', data });
}
