// The words for each value of the data's enumerations, as typed tables: a new kind, mode or status in the schema
// fails the type check here until it has its words, instead of showing a raw key to a reader.
import type { Corridor, Lang, Mode, NODE_KINDS, PROJECT_KINDS, Status } from '../data/schema';
import { t, type MessageKey } from './index';

type NodeKind = (typeof NODE_KINDS)[number];
type ProjectKind = (typeof PROJECT_KINDS)[number];
type CorridorKind = Corridor['kind'];

const MODE: Record<Mode, MessageKey> = {
  rail: 'mode_rail',
  road: 'mode_road',
  ferry: 'mode_ferry',
  sea: 'mode_sea',
  pipeline: 'mode_pipeline',
};

const STATUS: Record<Status, MessageKey> = {
  operational: 'status_operational',
  under_construction: 'status_under_construction',
  planned: 'status_planned',
  proposed: 'status_proposed',
  suspended: 'status_suspended',
};

const NODE: Record<NodeKind, MessageKey> = {
  city: 'node_city',
  terminal: 'node_terminal',
  dry_port: 'node_dry_port',
  seaport: 'node_seaport',
  border_crossing: 'node_border_crossing',
  gauge_change: 'node_gauge_change',
  junction: 'node_junction',
};

const PROJECT: Record<ProjectKind, MessageKey> = {
  railway: 'project_railway',
  road: 'project_road',
  bridge: 'project_bridge',
  pipeline: 'project_pipeline',
  power: 'project_power',
  industrial_park: 'project_industrial_park',
  cooperation_zone: 'project_cooperation_zone',
  logistics: 'project_logistics',
  digital: 'project_digital',
  agriculture: 'project_agriculture',
  manufacturing: 'project_manufacturing',
  science: 'project_science',
  other: 'project_other',
};

const CORRIDOR: Record<CorridorKind, MessageKey> = {
  corridor: 'corridor_corridor',
  branch: 'corridor_branch',
  service: 'corridor_service',
  pipeline: 'corridor_pipeline',
  route: 'corridor_route',
};

export const modeLabel = (mode: Mode, lang: Lang) => t(lang, MODE[mode]);
export const statusLabel = (status: Status, lang: Lang) => t(lang, STATUS[status]);
export const nodeKindLabel = (kind: NodeKind, lang: Lang) => t(lang, NODE[kind]);
export const projectKindLabel = (kind: ProjectKind, lang: Lang) => t(lang, PROJECT[kind]);
export const corridorKindLabel = (kind: CorridorKind, lang: Lang) => t(lang, CORRIDOR[kind]);

/** Whether a string names a transport mode of the schema (carriers in the planner are written "rail-1520"). */
export const isMode = (value: string): value is Mode => Object.hasOwn(MODE, value);

const KINDS: Record<'node' | 'project' | 'corridor', Record<string, MessageKey>> = {
  node: NODE,
  project: PROJECT,
  corridor: CORRIDOR,
};

/** The kind of a search hit or list row, which carry it as a plain string; an unknown kind is shown as it is. */
export function recordKindLabel(type: 'node' | 'project' | 'corridor' | 'segment', kind: string, lang: Lang): string {
  if (type === 'segment') return t(lang, 'segment', { mode: isMode(kind) ? modeLabel(kind, lang) : kind });
  const table = KINDS[type];
  return Object.hasOwn(table, kind) ? t(lang, table[kind]!) : kind;
}
