// Colours and weights of the atlas layers (corridors, places, projects), apart from the basemap theme and from the
// layer structure. Corridor colours come from the data (corridor.colour); everything else is here. The legend
// draws its swatches from these same values, so map and legend cannot drift apart.
import type { Mode, NodeProps, ProjectProps, Status } from '../data/schema';

export type NodeKind = NodeProps['kind'];
export type ProjectKind = ProjectProps['kind'];

export interface AtlasTheme {
  /** Line width of a rail leg at zooms 3, 6 and 9; other modes scale from it. */
  railWidth: [number, number, number];
  modeWidth: Record<Mode, number>;
  /** Dash pattern per mode when operational, in line widths; [] is solid. */
  modeDash: Record<Mode, number[]>;
  /** Dash pattern of records not (yet) in service, per mode. */
  planDash: Record<Mode, number[]>;
  statusOpacity: Record<Status, number>;
  /** A suspended leg loses its corridor colour. */
  suspended: string;
  /** Schematic lines (endpoints known, path indicative) are drawn this much thinner and fainter. */
  schematicScale: number;
  casing: string;
  /** A road's outline: a road is a cased solid line, so the only dashed land lines are the ones not yet built. */
  roadCasing: string;
  pipeline: { outer: string; inner: string };
  node: Record<NodeKind, { fill: string; radius: number }>;
  /** Fill of a place not yet built: the ring stays in the kind's colour. */
  planFill: string;
  nodeStroke: string;
  project: Record<ProjectKind, string>;
  /** A group of nearby projects drawn as one disc with their count. */
  cluster: { fill: string; stroke: string; text: string };
  highlight: string;
  /** The glow of what changed between two compared years. */
  change: string;
  label: string;
  labelHalo: string;
  fonts: { regular: string[]; medium: string[] };
}

export const atlasTheme: AtlasTheme = {
  railWidth: [1.6, 3, 5],
  modeWidth: { rail: 1, road: 0.6, ferry: 0.8, sea: 0.9, pipeline: 0.8 },
  // Roads are solid, narrow and dark-cased (see roadCasing): on land a dash always means "not built yet". Ferries are
  // long-dashed and sea lanes dotted, so they read as water crossings.
  modeDash: { rail: [], road: [], ferry: [3, 1.6], sea: [0, 1.8], pipeline: [] },
  planDash: { rail: [1.6, 1.4], road: [1, 1.6], ferry: [1.6, 2.4], sea: [0, 3], pipeline: [2, 2] },
  statusOpacity: { operational: 1, suspended: 0.55, under_construction: 0.9, planned: 0.7, proposed: 0.55 },
  suspended: '#8a8f96',
  schematicScale: 0.7,
  casing: 'rgba(255, 255, 255, 0.85)',
  roadCasing: 'rgba(40, 40, 40, 0.75)',
  pipeline: { outer: '#7a4a1e', inner: '#f3e6d3' },
  node: {
    border_crossing: { fill: '#b3261e', radius: 5.5 },
    seaport: { fill: '#174f7a', radius: 5 },
    gauge_change: { fill: '#6f3fa0', radius: 4.5 },
    terminal: { fill: '#1f7a5c', radius: 4.5 },
    dry_port: { fill: '#1f7a5c', radius: 4.5 },
    city: { fill: '#333a42', radius: 3.2 },
    junction: { fill: '#6d747c', radius: 2.4 },
  },
  planFill: '#ffffff',
  nodeStroke: '#ffffff',
  project: {
    railway: '#8c564b',
    road: '#8c564b',
    bridge: '#8c564b',
    pipeline: '#7a4a1e',
    power: '#d98b00',
    industrial_park: '#a2367a',
    cooperation_zone: '#a2367a',
    manufacturing: '#a2367a',
    logistics: '#1f7a5c',
    digital: '#2b7bb9',
    science: '#2b7bb9',
    agriculture: '#5a8f29',
    other: '#5f6670',
  },
  cluster: { fill: '#3d4a5c', stroke: '#ffffff', text: '#ffffff' },
  highlight: '#ffcf33',
  change: '#38c172',
  label: '#1d2733',
  labelHalo: 'rgba(255, 255, 255, 0.92)',
  fonts: { regular: ['Noto Sans Regular'], medium: ['Noto Sans Medium'] },
};

/** Statuses whose records are not (yet, or any longer) in service. */
export const NOT_IN_SERVICE: readonly Status[] = ['under_construction', 'planned', 'proposed'];
