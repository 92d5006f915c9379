// URL <-> state as pure functions. Each concern contributes a field codec in url-fields.ts;
// parsing never throws: a value that does not parse is dropped and reported by its key.
import type { AppState } from './index';

export type UrlState = Partial<AppState>;

export interface UrlField {
  key: string;
  /**
   * The state patch this value means, or null when the value is malformed. `current` is the state the patch will
   * apply to, for fields whose meaning depends on what is loaded (a prepared story's scene).
   */
  read: (value: string, all: URLSearchParams, current?: AppState) => UrlState | null;
  /** The value for the URL, or undefined to leave the key out (state is at its default). */
  write: (state: AppState) => string | undefined;
  /** 'push' makes a history entry (back/forward steps through it); 'replace' rewrites the current one. */
  history: 'push' | 'replace';
  /** The patch when the key is absent, so back/forward to a URL without it restores the default. */
  absent?: () => UrlState;
  /** True when a value was read but not as written (via=A,B,A keeps A,B): the reader is told. */
  corrects?: (value: string) => boolean;
}

export interface ParsedUrl {
  patch: UrlState;
  /** Keys present in the URL that were unknown or malformed. */
  dropped: string[];
  /** What the notice echoes of every key dropped, repeated or corrected: `key=value`, shortened and sanitised. */
  echoes: string[];
}

/** Longest echo of a link value in a notice. */
export const MAX_ECHO = 40;

/** A value from a link as a notice may show it: no control or direction characters, at most MAX_ECHO long. */
export function echo(text: string): string {
  const clean = text
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > MAX_ECHO ? `${clean.slice(0, MAX_ECHO - 1)}…` : clean;
}

export function parseSearch(search: string, fields: readonly UrlField[], current?: AppState): ParsedUrl {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { patch: {}, dropped: ['?'], echoes: ['?'] };
  }
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const patch: UrlState = {};
  const dropped: string[] = [];
  const echoes: string[] = [];
  for (const f of fields) if (!params.has(f.key) && f.absent) Object.assign(patch, f.absent());
  for (const key of new Set(params.keys())) {
    const field = byKey.get(key);
    const value = params.get(key) ?? '';
    // A key given twice is read once, the first time, and the reader is told which values were there.
    const all = params.getAll(key);
    if (all.length > 1) echoes.push(echo(all.map((v) => `${key}=${v}`).join('&')));
    let read: UrlState | null = null;
    try {
      read = field ? field.read(value, params, current) : null;
    } catch {
      read = null;
    }
    if (read) {
      Object.assign(patch, read);
      if (all.length === 1 && field?.corrects?.(value)) echoes.push(echo(`${key}=${value}`));
    } else {
      dropped.push(key);
      if (all.length === 1) echoes.push(echo(value ? `${key}=${value}` : key));
    }
  }
  // What a dropped key would have set is at its default, as if the link had not named it; what was read wins.
  const defaults: UrlState = {};
  for (const key of dropped) {
    const absent = byKey.get(key)?.absent;
    if (absent) Object.assign(defaults, absent());
  }
  return { patch: { ...defaults, ...patch }, dropped, echoes };
}

export function buildSearch(state: AppState, fields: readonly UrlField[]): string {
  const params = new URLSearchParams();
  for (const f of fields) {
    const v = f.write(state);
    if (v !== undefined) params.set(f.key, v);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Whether going from one URL to the next should add a history entry. */
export function needsPush(prev: string, next: string, fields: readonly UrlField[]): boolean {
  const a = new URLSearchParams(prev);
  const b = new URLSearchParams(next);
  return fields.some((f) => f.history === 'push' && a.get(f.key) !== b.get(f.key));
}

/** A number in [min, max], or null. Accepts only plain decimal notation. */
export function parseNumber(text: string, min: number, max: number): number | null {
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

/** Trim a number for the URL: the precision a camera needs, no trailing zeros. */
export function fmt(n: number, decimals: number): string {
  return String(Number(n.toFixed(decimals)));
}
