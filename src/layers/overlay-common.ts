// Small expression builders shared by the atlas layer files.
import type { DataDrivenPropertyValueSpecification, ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../data/schema';

/** Ids of the atlas's GeoJSON sources. */
export const SOURCES = {
  legs: 'atlas-legs',
  places: 'atlas-places',
  projects: 'atlas-projects',
  projectPoints: 'atlas-project-points',
} as const;

export type Expr = ExpressionSpecification;

/** A width-like value interpolated over zoom; each stop may itself be a data expression. */
export function overZoom(stops: [number, number | Expr][]): Expr {
  return ['interpolate', ['linear'], ['zoom'], ...stops.flat()] as Expr;
}

/** `base` scaled by a data expression, at zooms 3, 6 and 9. */
export function scaledWidth(base: [number, number, number], factor: Expr | number): Expr {
  return overZoom([
    [3, ['*', base[0], factor] as Expr],
    [6, ['*', base[1], factor] as Expr],
    [9, ['*', base[2], factor] as Expr],
  ]);
}

/** A `match` on a string property, from a record of outputs. */
export function matchProp<T>(prop: string, outputs: Record<string, T>, fallback: T, wrap = (v: T): unknown => v): Expr {
  const pairs = Object.entries(outputs).flatMap(([k, v]) => [k, wrap(v as T)]);
  return ['match', ['get', prop], ...pairs, wrap(fallback)] as unknown as Expr;
}

/** The label of a feature in the reader's language, English where that language has none. */
export function nameIn(lang: Lang): Expr {
  return ['coalesce', ['get', `name_${lang}`], ['get', 'name_en']] as Expr;
}

/** True for the selected record; with nothing selected it matches no feature (ids are never empty). */
/**
 * The features a highlight layer draws: the selected record (or, with `alsoProp`, every feature whose `alsoProp`
 * is it) and the records that changed between the two years compared.
 */
export function isSelected(selected: string | null, alsoProp?: string): Expr {
  const id = selected ?? '';
  const own: Expr = ['==', ['get', 'id'], id];
  const changed: Expr = ['==', ['get', 'changed'], true];
  return alsoProp ? ['any', own, ['==', ['get', alsoProp], id], changed] : ['any', own, changed];
}

/** A changed record glows in the change colour, the selection in the highlight colour. */
export const highlightColour = (t: { highlight: string; change: string }): Expr =>
  ['case', ['==', ['get', 'changed'], true], t.change, t.highlight] as Expr;

export const geometryIs = (...types: string[]): Expr => ['in', ['geometry-type'], ['literal', types]] as Expr;

export function literalArray(v: number[]): DataDrivenPropertyValueSpecification<number[]> {
  return ['literal', v] as unknown as DataDrivenPropertyValueSpecification<number[]>;
}
