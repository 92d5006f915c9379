// The corridor data in the browser, fetched from the app's own origin in steps (scripts/vite/atlas-data.ts): the
// view the map draws at once with the names in the reader's language, finer lines for the legs when the map is
// zoomed in past the first view, the records' details when one is opened or searched, the planner's compact
// network when it is first asked, and the legs' full geometry when a story or an export runs or the map is zoomed
// in close. The files passed the schema at build time, so they are read as they are; each step replaces the data
// with a fuller copy (the store keeps ids, never records).
import { useEffect, useSyncExternalStore } from 'react';
import { detailsUrl, linesUrl, namesUrl, networkUrl, routingUrl, viewUrl } from 'virtual:atlas-data';
import {
  mergeDetails,
  mergeLines,
  mergeNetwork,
  mergeRouting,
  unpackView,
  withNames,
  type DetailsFile,
  type LinesFile,
  type NamesFile,
  type NetworkFile,
  type RoutingFile,
  type ViewData,
  type ViewFile,
} from './atlas-format';
import type { Dataset } from './schema';
import type { Lang } from './vocab';

/**
 * How much of the data is loaded: the view alone, with the legs' lines for the middle zooms, with the details, with
 * the planner's network as well, or with the legs' full geometry too. Each stage holds all the earlier ones.
 */
export type DataStage = 'view' | 'lines' | 'details' | 'network' | 'routing';

export type DatasetState =
  | { status: 'loading' }
  | { status: 'ready'; data: Dataset; stage: DataStage }
  | { status: 'error'; message: string; timedOut?: boolean };

/** How long the data may take before the reader is told and offered a retry. */
export const DATA_TIMEOUT_MS = 20_000;

export class DataTimeout extends Error {
  constructor(readonly seconds: number) {
    super(`no answer in ${seconds} s`);
  }
}

async function fetchJson<T>(file: string, url: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
  try {
    return (await res.json()) as T;
  } catch {
    throw new Error(`${file}: not valid JSON`);
  }
}

/** Fetches one file, or fails with DataTimeout when no answer comes in time (a stalled proxy, a dead link). */
async function fetchInTime<T>(file: string, url: string, timeoutMs = DATA_TIMEOUT_MS): Promise<T> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(new DataTimeout(Math.round(timeoutMs / 1000))), timeoutMs);
  try {
    return await fetchJson<T>(file, url, abort.signal);
  } catch (err) {
    throw abort.signal.aborted ? abort.signal.reason : err;
  } finally {
    clearTimeout(timer);
  }
}

/** The view as a dataset: the records without details, and no sources yet. */
export async function loadView(url = viewUrl, timeoutMs = DATA_TIMEOUT_MS): Promise<Dataset> {
  const view = await fetchInTime<ViewFile>('atlas-view.json', url, timeoutMs);
  return { sources: [], ...unpackView(view) };
}

let state: DatasetState = { status: 'loading' };
const listeners = new Set<() => void>();
let started = false;
let view: Dataset | null = null;
/** The view on its way, so names asked for meanwhile wait for it. */
let viewLoad: Promise<Dataset> | null = null;
/** The language whose names come with the view (startDatasetLoad's argument). */
let readerLang: Lang = 'en';
/** Languages whose names are in `view`. */
const namesIn = new Set<Lang>();
const namesLoad = new Map<Lang, Promise<NamesFile>>();
let lines: Promise<LinesFile> | null = null;
let details: Promise<DetailsFile> | null = null;
let network: Promise<NetworkFile> | null = null;
let routing: Promise<RoutingFile> | null = null;
let wanted: DataStage = 'view';

function fetchNames(lang: Lang): Promise<NamesFile> {
  let pending = namesLoad.get(lang);
  if (!pending) {
    pending = fetchInTime<NamesFile>(`atlas-names-${lang}.json`, namesUrl[lang]);
    // A failed fetch may be tried again.
    pending.catch(() => namesLoad.delete(lang));
    namesLoad.set(lang, pending);
  }
  return pending;
}

function putNames(base: Dataset, file: NamesFile): Dataset {
  namesIn.add(file.lang);
  return { ...base, ...withNames(base as ViewData, file) };
}

function set(next: DatasetState) {
  state = next;
  listeners.forEach((l) => l());
}

const RANK: Record<DataStage, number> = { view: 0, lines: 1, details: 2, network: 3, routing: 4 };

type Ready = Extract<DatasetState, { status: 'ready' }>;

/** Whether the data holds at least `stage`. */
export const reached = (state: DatasetState, stage: DataStage): state is Ready =>
  state.status === 'ready' && RANK[state.stage] >= RANK[stage];

/** Puts together what has arrived up to the stage asked for; a later file that fails leaves the view usable. */
async function advance(): Promise<void> {
  if (!view) return;
  const base = view;
  const target = wanted;
  if (RANK[target] < RANK.lines) return;
  lines ??= fetchInTime<LinesFile>('atlas-lines.json', linesUrl);
  if (RANK[target] >= RANK.details) details ??= fetchInTime<DetailsFile>('atlas-details.json', detailsUrl);
  if (RANK[target] >= RANK.network) network ??= fetchInTime<NetworkFile>('atlas-network.json', networkUrl);
  if (target === 'routing') routing ??= fetchInTime<RoutingFile>('atlas-routing.json', routingUrl);
  try {
    let data = mergeLines(base, await lines);
    if (RANK[target] >= RANK.details && details) data = mergeDetails(data, await details);
    if (RANK[target] >= RANK.network && network) data = mergeNetwork(data, await network);
    if (target === 'routing' && routing) data = mergeRouting(data, await routing);
    if (state.status === 'ready' && RANK[state.stage] >= RANK[target]) return;
    set({ status: 'ready', data, stage: target });
  } catch (err) {
    lines = null;
    details = null;
    network = null;
    routing = null;
    set({ status: 'error', message: (err as Error).message, timedOut: err instanceof DataTimeout });
  }
}

/** Starts the one load of the data, with the names in `lang`; later calls are no-ops. */
export function startDatasetLoad(lang: Lang = readerLang): void {
  if (started) return;
  started = true;
  readerLang = lang;
  const done = (data: Dataset) => {
    view = data;
    set({ status: 'ready', data, stage: 'view' });
    void advance();
  };
  viewLoad = Promise.all([loadView(), fetchNames(lang)]).then(([v, names]) => putNames(v, names));
  viewLoad.then(done, (err: Error) => {
    viewLoad = null;
    set({ status: 'error', message: err.message, timedOut: err instanceof DataTimeout });
  });
}

/** Whether the records' names in `lang` are at hand (or will come with the view, which has not been asked for). */
export function hasNames(lang: Lang): boolean {
  if (!started) return true;
  if (reached(state, 'details')) return true;
  return namesIn.has(lang);
}

/**
 * Fetches the records' names in `lang` and puts them into the view; the store waits for this before it changes
 * language. The details, once there, hold every language's names anyway.
 */
export async function loadNames(lang: Lang): Promise<void> {
  if (hasNames(lang)) return;
  if (!viewLoad) {
    // The view failed or is being tried again: it is reloaded with the reader's new language.
    readerLang = lang;
    return;
  }
  const [, file] = await Promise.all([viewLoad, fetchNames(lang)]);
  if (!view || namesIn.has(lang)) return;
  view = putNames(view, file);
  if (state.status === 'ready' && state.stage === 'view') set({ status: 'ready', data: view, stage: 'view' });
}

/** Asks for the data up to `stage` (details, the network, or routing as well); resolves with it once it is there. */
export function requireStage(stage: DataStage): Promise<Dataset> {
  if (RANK[stage] > RANK[wanted]) wanted = stage;
  startDatasetLoad();
  const ready = () => (reached(state, stage) ? state.data : null);
  const now = ready();
  if (now) return Promise.resolve(now);
  void advance();
  return new Promise((resolve, reject) => {
    const check = () => {
      const data = ready();
      if (data) {
        listeners.delete(check);
        resolve(data);
      } else if (state.status === 'error') {
        listeners.delete(check);
        reject(new Error(state.message));
      }
    };
    listeners.add(check);
  });
}

/** The data with every record's details (sources, summaries, figures). */
export const completeDataset = (): Promise<Dataset> => requireStage('details');

/** Tries the load again after a failure (the reader pressed "Try again"). */
export function retryDatasetLoad(): void {
  if (state.status !== 'error') return;
  if (view) {
    set({ status: 'ready', data: view, stage: 'view' });
    void advance();
    return;
  }
  set({ status: 'loading' });
  started = false;
  startDatasetLoad();
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => {
    listeners.delete(l);
  };
}

export function useDataset(): DatasetState {
  return useSyncExternalStore(subscribe, () => state);
}

const LOADING: DatasetState = { status: 'loading' };

/** The data from `stage` on: asks for it on first use and reads as loading until it has arrived. */
function useDatasetFrom(stage: DataStage): DatasetState {
  const current = useDataset();
  useEffect(() => {
    void requireStage(stage).catch(() => undefined);
  }, [stage]);
  if (current.status === 'ready' && !reached(current, stage)) return LOADING;
  return current;
}

/**
 * The data the planner answers from: the details and the compact network (the km of geo/), with the legs drawn as
 * the view draws them until their full geometry arrives.
 */
export const useNetworkDataset = (): DatasetState => useDatasetFrom('network');

/** The data with the legs' full geometry, for stories and the measure (their km are those of geo/). */
export const useRoutingDataset = (): DatasetState => useDatasetFrom('routing');

/** For tests and stories: provide data without fetching. */
export function provideDataset(data: Dataset): void {
  started = true;
  view = data;
  viewLoad = Promise.resolve(data);
  wanted = 'routing';
  set({ status: 'ready', data, stage: 'routing' });
}
