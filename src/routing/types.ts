// The network the route planner builds from the data: places, legs by carrier, and the flat arrays the search
// walks. The question and the answer are in plan-types.ts (re-exported here).
import type { Position } from 'geojson';
import type { Gauge, Names, Status } from '../data/schema';
import type { RoutingParams } from './params';

/** The modes a container can travel by (pipelines carry no containers). */
export const TRANSPORT_MODES = ['rail', 'road', 'ferry', 'sea'] as const;
export type TransportMode = (typeof TRANSPORT_MODES)[number];

/**
 * What a container rides on: a mode, and for rail the gauge. A change of carrier at a node is a transfer
 * (a gauge change or a transshipment) and costs dwell time.
 */
export const CARRIERS = ['rail-1435', 'rail-1520', 'rail-1676', 'road', 'ferry', 'sea'] as const;
export type Carrier = (typeof CARRIERS)[number];

export interface Hours {
  min: number;
  typical: number;
  max: number;
}

export interface Season {
  from: number;
  to: number;
}

export interface NetNode {
  index: number;
  id: string;
  names: Names;
  aliases: string[];
  kind: string;
  countries: string[];
  /** For border crossings: the two sides, index 0 and 1. */
  sides?: { country: string; gauge?: Gauge }[];
  status: Status;
  planned?: number;
  modes: string[];
  /**
   * The node's own dwell: the crossing's figure in the parameters, else the record's sourced figure; replaces the
   * default dwell of whatever happens there. Ports have none: boarding and unloading cost the port parameters.
   */
  dwell?: Hours;
  dwellSources?: string[];
  sources: string[];
  coord: Position;
  /** Bit set of the carriers whose legs touch this node (bit i = CARRIERS[i]). */
  carriers: number;
}

export interface NetSegment {
  index: number;
  id: string;
  mode: TransportMode;
  gauge?: Gauge;
  carrier: number;
  from: number;
  to: number;
  /** Published length where the data gives one, else the length of the drawn geometry. */
  km: number;
  /** Transit time: the segment's own sourced hours where given, else derived from speed. */
  hours: Hours;
  hoursFrom: 'segment' | 'speed';
  /** The sources of those hours: the segment's own, or the speed parameter's. */
  timeSources: string[];
  status: Status;
  planned?: number;
  season?: Season;
  corridors: string[];
  /**
   * Countries the leg runs through, in from → to order: for rail and road where its drawn line runs (crossing
   * Hungary and Austria between Romania and Germany), for sea and ferry its two ports' countries.
   */
  countries: string[];
  /**
   * Borders the leg crosses itself: by sea or ferry, or on land with no crossing point in the data (from → to), with
   * the customs union both sides belong to, if any (no formalities, but a border all the same).
   */
  bordersAlong: { countries: [string, string]; union?: string }[];
  /** Of those, the ones with formalities: each costs a border's dwell. */
  unmarkedBorders: [string, string][];
  /** Sea passages the leg runs through (passages.ts), avoidable like countries. */
  passages: string[];
  names?: Names;
  sources: string[];
  coordinates: Position[][];
}

export interface NetCorridor {
  id: string;
  names: Names;
  /** The corridor this one is a branch of (the CR Express's western route of the CR Express). */
  parent?: string;
  season?: Season;
}

export interface Network {
  nodes: NetNode[];
  segments: NetSegment[];
  nodeIndex: Map<string, number>;
  segmentIndex: Map<string, number>;
  corridors: Map<string, NetCorridor>;
  /** Incident segments per node, compressed: adjSegments[adjStart[n] .. adjStart[n + 1]). */
  adjStart: Int32Array;
  adjSegments: Int32Array;
  /** Segment ends and carriers in flat arrays, for the search's inner loop. */
  segFrom: Int32Array;
  segTo: Int32Array;
  segCarrier: Uint8Array;
  /** Per node and carrier: bit set of the carriers a container may change to there. */
  transferMask: Uint8Array;
  /** Things in the data the planner had to guess around (missing gauge, dangling endpoints). */
  warnings: string[];
  /** The speeds and dwell times the network was built with. */
  params: RoutingParams;
}

export type * from './plan-types';
