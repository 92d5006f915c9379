// Loads the line networks the segments are traced on: Natural Earth railways, the marnet sea lanes,
// and the hand-digitised lines of geo/lines/ (each tagged with the network it extends).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';
import { LineGraph, type EdgePenalty, type NetLine, type Pos } from './graph';
import { densify } from './geometry';

/** Drawn lines have few vertices (stations, towns); these extra ones let legs join them anywhere. */
const DRAWN_STEP_KM = 2;

export const NETWORKS = ['rail', 'sea', 'ferry', 'road'] as const;
export type Network = (typeof NETWORKS)[number];

export interface DrawnLineProps {
  id: string;
  network: Network;
  sources: string[];
  /**
   * Lines through stations are traced; a road drawn through enough named points (towns, passes) to come within 5%
   * of its published length is digitised; a line through a few towns, or an indicative alignment, is schematic.
   */
  precision?: 'traced' | 'digitised' | 'schematic';
  [key: string]: unknown;
}

export function readCollection(path: string): FeatureCollection {
  return JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
}

function partsOf(g: Geometry): Pos[][] {
  if (g.type === 'LineString') return [g.coordinates as Pos[]];
  if (g.type === 'MultiLineString') return g.coordinates as Pos[][];
  return [];
}

export function linesOf(fc: FeatureCollection, source: (props: Record<string, unknown>) => string): NetLine[] {
  return fc.features.flatMap((f) =>
    partsOf(f.geometry).map((coords) => ({ coords, source: source(f.properties ?? {}) })),
  );
}

export interface DrawnLine {
  props: DrawnLineProps;
  lines: NetLine[];
}

/** The hand-digitised lines of a collection by id, added to `out`; each piece carries the source "line:<id>". */
export function drawnFromCollection(
  fc: FeatureCollection,
  file: string,
  out = new Map<string, DrawnLine>(),
): Map<string, DrawnLine> {
  for (const f of fc.features) {
    const p = f.properties as DrawnLineProps;
    if (!NETWORKS.includes(p.network)) throw new Error(`${file} ${p.id}: unknown network ${String(p.network)}`);
    if (!p.sources?.length) throw new Error(`${file} ${p.id}: a drawn line names its sources`);
    if (out.has(p.id)) throw new Error(`${file} ${p.id}: id used twice`);
    const lines = partsOf(f.geometry).map((c) => ({ coords: densify(c, DRAWN_STEP_KM), source: `line:${p.id}` }));
    out.set(p.id, { props: p, lines });
  }
  return out;
}

/** The hand-digitised lines of a folder by id. */
export function drawnLines(dir: string): Map<string, DrawnLine> {
  const out = new Map<string, DrawnLine>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.geojson'))
    .sort())
    drawnFromCollection(readCollection(join(dir, file)), file, out);
  return out;
}

export interface NetworkPaths {
  railroads: string;
  marnet: string;
  linesDir: string;
}

/**
 * Every network as a graph; Natural Earth and marnet carry their dataset source ids. Passages (canals and river
 * channels) belong to both water networks: sea lanes and ferry lanes run through the same Suez or Volga channel.
 */
export function loadNetworks(
  paths: NetworkPaths,
  drawn: Map<string, DrawnLine>,
  seaPenalty?: EdgePenalty,
  passages: Map<string, DrawnLine> = new Map(),
): Record<Network, LineGraph> {
  const of = (n: Network) => [...drawn.values()].filter((d) => d.props.network === n).flatMap((d) => d.lines);
  const water = [...passages.values()].flatMap((d) => d.lines);
  const rail = linesOf(readCollection(paths.railroads), () => 'ne-railroads');
  const sea = linesOf(readCollection(paths.marnet), () => 'marnet');
  return {
    rail: LineGraph.build([...rail, ...of('rail')]),
    sea: LineGraph.build([...sea, ...of('sea'), ...water], 2, seaPenalty),
    ferry: LineGraph.build([...of('ferry'), ...water]),
    road: LineGraph.build(of('road')),
  };
}
