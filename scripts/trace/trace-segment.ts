// Turns one segment definition into geometry: traced along its network, continuous across the antimeridian,
// rounded, and judged traced or schematic by where its kilometres come from.
import { simplify, lineString } from '@turf/turf';
import { LineGraph, type Pos } from './graph';
import { concat, lengthKm, round, unwrap } from './geometry';
import type { DrawnLine, Network } from './networks';
import { segmentId, type SegmentDefinition } from './definition';

/** How far a leg end may sit from its network by default (ports off the sea lanes, towns off the railway). */
const SNAP_KM: Record<Network, number> = { rail: 25, road: 15, sea: 40, ferry: 10 };
/** Simplification tolerance in degrees (about 50 m): the networks are digitised far finer than 1:10M. */
const SIMPLIFY_DEG = 0.0005;

export interface TraceContext {
  nodes: Map<string, Pos>;
  networks: Record<Network, LineGraph>;
  drawn: Map<string, DrawnLine>;
}

export type Precision = 'traced' | 'digitised' | 'schematic';

export interface TracedSegment {
  coords: Pos[];
  precision: Precision;
  geometrySource: string;
  /** Source ids the geometry draws on. */
  geometrySources: string[];
  km: number;
  connectorKm: number;
}

const lineGraphs = new Map<string, LineGraph>();

function graphFor(def: SegmentDefinition, ctx: TraceContext): LineGraph {
  if (!def.lines) return ctx.networks[def.mode as Network];
  const key = def.lines.join('|');
  let g = lineGraphs.get(key);
  if (!g) {
    g = LineGraph.build(
      def.lines.flatMap((l) => {
        const d = ctx.drawn.get(l);
        if (!d) throw new Error(`${segmentId(def)}: unknown line ${l}`);
        return d.lines;
      }),
    );
    lineGraphs.set(key, g);
  }
  return g;
}

function place(ref: string | Pos, ctx: TraceContext, label: string): Pos {
  if (typeof ref !== 'string') return ref;
  const p = ctx.nodes.get(ref);
  if (!p) throw new Error(`${label}: node ${ref} is not in nodes.geojson`);
  return p;
}

export function traceSegment(def: SegmentDefinition, ctx: TraceContext): TracedSegment {
  const label = segmentId(def);
  const stops = [def.from, ...(def.via ?? []), def.to].map((r) => place(r, ctx, label));
  const graph = graphFor(def, ctx);
  const snap = def.snapKm ?? SNAP_KM[def.mode as Network];
  const kmBy: Record<string, number> = {};
  const parts: Pos[][] = [];
  for (let i = 1; i < stops.length; i++) {
    const leg = graph.route(stops[i - 1]!, stops[i]!, snap, `${label} (part ${i})`);
    parts.push(leg.coords);
    for (const [k, v] of Object.entries(leg.kmBySource)) kmBy[k] = (kmBy[k] ?? 0) + v;
  }
  const raw = unwrap(concat(parts));
  const simple =
    raw.length > 2 ? (simplify(lineString(raw), { tolerance: SIMPLIFY_DEG }).geometry.coordinates as Pos[]) : raw;
  const coords = round(simple);
  const km = lengthKm(raw);
  const onLines = Object.values(kmBy).reduce((a, b) => a + b, 0);
  return { coords, km, connectorKm: Math.max(0, km - onLines), ...judge(kmBy, km, ctx) };
}

/**
 * The source that carries most of the length names the geometry. Schematic lines or long connectors make the leg
 * schematic; otherwise a leg mostly on digitised lines is digitised (it follows the road only between named points).
 */
function judge(kmBy: Record<string, number>, km: number, ctx: TraceContext) {
  const bySource = new Map<string, number>();
  let schematicKm = km - Object.values(kmBy).reduce((a, b) => a + b, 0);
  let digitisedKm = 0;
  const geometrySources = new Set<string>();
  for (const [key, v] of Object.entries(kmBy)) {
    if (key === 'join') continue;
    let source = key;
    if (key.startsWith('line:')) {
      const props = ctx.drawn.get(key.slice(5))!.props;
      source = props.sources[0]!;
      props.sources.forEach((s) => geometrySources.add(s));
      if (props.precision === 'schematic') schematicKm += v;
      if (props.precision === 'digitised') digitisedKm += v;
    } else geometrySources.add(key);
    bySource.set(source, (bySource.get(source) ?? 0) + v);
  }
  const main = [...bySource.entries()].sort((a, b) => b[1] - a[1])[0];
  const substantial = (x: number) => x > Math.max(0.15 * km, 5);
  const precision: Precision = substantial(schematicKm)
    ? 'schematic'
    : substantial(digitisedKm)
      ? 'digitised'
      : 'traced';
  return { geometrySource: main?.[0] ?? 'ne-land', geometrySources: [...geometrySources], precision };
}
