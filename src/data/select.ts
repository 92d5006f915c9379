// Pure selectors: which records the map, the list and the exports show for the current filters and year.
import { shows, type Filters } from './filters';
import { corridorsOf, countriesOf, modesOf, type AtlasIndex, type AtlasRecord } from './indexes';
import type { Status } from './schema';

const BUILT: readonly Status[] = ['operational', 'suspended'];

/**
 * The status a record has in the network of `year`, or null when it is not part of that network.
 *
 * The year control answers "what ran, or is meant to run, by the end of year Y":
 * - Built records (operational, suspended) are in the network from the year they opened (a record without an
 *   opening year is taken to predate the control's range) until the year they closed: opened <= Y and not
 *   closed <= Y. A suspended record with a closing year was still operational before it.
 * - Planned, under-construction and proposed records have no opening yet. They appear from their planned year on
 *   (planned <= Y; for projects the completion year stands in for it), still drawn as plans because the data does
 *   not know they were finished. A project under construction also appears from its start year on. Plans without
 *   any year appear only when no year is set.
 * - With no year (null), every record shows with its current status.
 */
export function statusInYear(r: AtlasRecord, year: number | null): Status | null {
  const p = r.props;
  if (year === null) return p.status;
  if (p.closed !== undefined && p.closed <= year) return null;
  const isProject = r.type === 'project';
  if (BUILT.includes(p.status)) {
    const opened = p.opened ?? (isProject && p.status === 'operational' ? r.props.completion : undefined);
    if (opened !== undefined && opened > year) return null;
    return p.status === 'suspended' && p.closed !== undefined ? 'operational' : p.status;
  }
  const due = p.planned ?? (isProject ? r.props.completion : undefined);
  if (due !== undefined && due <= year) return p.status;
  const start = isProject ? r.props.start : undefined;
  if (p.status === 'under_construction' && start !== undefined && start <= year) return p.status;
  return null;
}

/**
 * Whether a record with these values passes a list filter. A record without any value for the dimension (a place
 * on no corridor, an industrial park that carries no mode) is not judged by it: hiding the ferry entry of the
 * legend should hide ferries, not every park.
 */
function anyShown(list: readonly string[] | null, values: readonly string[]): boolean {
  return list === null || values.length === 0 || values.some((v) => list.includes(v));
}

interface Facets {
  corridors: readonly string[];
  modes: readonly string[];
  countries: readonly string[];
}

/**
 * Each record's corridors, modes and countries, worked out once per loaded index: a filter click tests every record
 * against them, and with tens of thousands of projects rebuilding these lists on each click was most of its time.
 */
const facetCache = new WeakMap<AtlasIndex, Map<string, Facets>>();

function facetsOf(index: AtlasIndex, r: AtlasRecord): Facets {
  let byId = facetCache.get(index);
  if (!byId) facetCache.set(index, (byId = new Map()));
  let f = byId.get(r.id);
  if (!f) {
    const own = r.type === 'corridor' ? [r.id] : [];
    f = {
      corridors: [...own, ...corridorsOf(index, r.id)],
      modes: modesOf(index, r.id),
      countries: countriesOf(index, r.id),
    };
    byId.set(r.id, f);
  }
  return f;
}

/**
 * The status a record is drawn with under the filters, or null when the filters hide it. Corridor: a leg by its
 * corridors, a place by the corridors of the legs that touch it, a project by what it improves. Mode: a leg by its
 * mode, a place by the modes it handles, a project by its kind. Country: any country the record touches.
 */
export function visibleStatus(index: AtlasIndex, r: AtlasRecord, filters: Filters): Status | null {
  const status = statusInYear(r, filters.year);
  if (status === null || !shows(filters.statuses, status)) return null;
  if (filters.corridors === null && filters.modes === null && filters.countries === null) return status;
  const f = facetsOf(index, r);
  if (!anyShown(filters.corridors, f.corridors)) return null;
  if (!anyShown(filters.modes, f.modes)) return null;
  if (!anyShown(filters.countries, f.countries)) return null;
  return status;
}

/**
 * The last answer per index. The map, the list, the filter count and the year changes all ask on the same click with
 * the same filters object; with tens of thousands of records, answering once instead of four times matters.
 */
const lastVisible = new WeakMap<AtlasIndex, { filters: Filters; visible: ReadonlyMap<string, Status> }>();

/** Every record the filters let through, with the status it is drawn with. */
export function visibleRecords(index: AtlasIndex, filters: Filters): ReadonlyMap<string, Status> {
  const last = lastVisible.get(index);
  if (last?.filters === filters) return last.visible;
  const out = new Map<string, Status>();
  for (const r of index.byId.values()) {
    const status = visibleStatus(index, r, filters);
    if (status !== null) out.set(r.id, status);
  }
  lastVisible.set(index, { filters, visible: out });
  return out;
}

/** The corridors of a leg that the corridor filter shows, in the order of corridors.json. */
export function shownCorridorsOfLeg(index: AtlasIndex, legId: string, filters: Filters): string[] {
  return corridorsOf(index, legId).filter((c) => shows(filters.corridors, c));
}

/** Whether any filter differs from "show everything". */
export function isFiltered(filters: Filters): boolean {
  return Object.values(filters).some((v) => v !== null);
}
