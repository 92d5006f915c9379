// The legend of the exported picture: exactly what the view draws (the planned route with its name, its carriers
// and transfers; the corridors, modes, statuses, places and projects shown), with swatches drawn from the same
// theme values as the map layers, so a planned crossing or a pipeline reads as it does on the map.
import type { AtlasIndex } from '../data/indexes';
import { MODES, NODE_KINDS, STATUSES, type Mode, type Status } from '../data/vocab';
import { t, type Lang, type MessageKey } from '../i18n';
import { modeLabel, nodeKindLabel, projectKindLabel, statusLabel } from '../i18n/labels';
import { atlasTheme, NOT_IN_SERVICE, type ProjectKind } from '../layers/atlas-theme';
import { routeTheme } from '../layers/route-style';
import type { Carrier, Route, TransferKind } from '../routing';
import type { DrawnFeature } from '../map/snapshot';
import type { LegendEntry, LegendSection, Swatch } from './image-layout';

/** Swatch lines are 3 px wide; the theme's dashes are in line widths. */
const SWATCH_WIDTH = 3;
const INK = '#4a5868';

const dash = (pattern: number[]) => pattern.map((d) => Math.max(d * SWATCH_WIDTH, 1));
const future = (s: Status) => NOT_IN_SERVICE.includes(s);

/** A status as the map draws it: dashed while not in service, faded by the theme's opacity, grey when suspended. */
function statusSwatch(status: Status): Swatch {
  const opacity = atlasTheme.statusOpacity[status];
  if (status === 'suspended') return { kind: 'line', colour: atlasTheme.suspended, opacity };
  if (future(status)) return { kind: 'line', colour: INK, dash: dash(atlasTheme.planDash.rail), opacity };
  return { kind: 'line', colour: INK };
}

function modeSwatch(mode: Mode): Swatch {
  if (mode === 'pipeline') return { kind: 'pipe', colour: atlasTheme.pipeline.outer, core: atlasTheme.pipeline.inner };
  if (mode === 'road') return { kind: 'line', colour: '#d9dee4', casing: atlasTheme.roadCasing };
  return { kind: 'line', colour: INK, dash: dash(atlasTheme.modeDash[mode]) };
}

const CARRIER_ORDER = Object.keys(routeTheme.carriers) as Carrier[];
const TRANSFER_WORDS: Record<TransferKind, MessageKey> = {
  border: 'pictureTransferBorder',
  gauge_change: 'pictureTransferGauge',
  transshipment: 'pictureTransferShip',
};

/**
 * The shown records the map drew in the picture, and the corridors whose lanes it drew: the legend names what is
 * in the picture, not everything the filters let through nor everything whose box reaches the view.
 */
export function drawnRecords(shown: ReadonlyMap<string, Status>, drawn: readonly DrawnFeature[]): Map<string, Status> {
  const out = new Map<string, Status>();
  for (const { id, corridor } of drawn) {
    const status = shown.get(id);
    if (status) out.set(id, status);
    if (corridor) out.set(corridor, shown.get(corridor) ?? 'operational');
  }
  return out;
}

export interface PictureRoute {
  route: Route;
  /** Names of the route's places in the reader's language. */
  placeName: (id: string) => string;
  carrierWord: (carrier: Carrier) => string;
}

/** The route drawn on the map: its name as the section title, its carriers and transfers as entries. */
export function routeLegend({ route, placeName, carrierWord }: PictureRoute, lang: Lang): LegendSection {
  const used = new Set(route.legs.map((l) => (l.mode === 'rail' ? `rail-${l.gauge ?? 1435}` : l.mode) as Carrier));
  const entries: LegendEntry[] = CARRIER_ORDER.filter((c) => used.has(c)).map((c) => ({
    label: carrierWord(c),
    swatch: { kind: 'line', colour: routeTheme.carriers[c], casing: routeTheme.casing },
  }));
  if (route.plannedLinks.length)
    entries.push({
      label: t(lang, 'pictureRouteNotOpen'),
      swatch: { kind: 'line', colour: routeTheme.carriers['rail-1435'], casing: routeTheme.casing, dash: [5, 4] },
    });
  const transfers = new Set(route.transfers.map((x) => x.kind));
  for (const kind of Object.keys(TRANSFER_WORDS) as TransferKind[])
    if (transfers.has(kind))
      entries.push({
        label: t(lang, TRANSFER_WORDS[kind]),
        swatch: { kind: 'dot', colour: routeTheme.transfers[kind], ring: routeTheme.markerStroke },
      });
  return { title: t(lang, 'pictureRoute', { from: placeName(route.from), to: placeName(route.to) }), entries };
}

/**
 * `grouped`: some projects are drawn inside counted discs; their kinds are listed with the others and the disc gets
 * an entry of its own.
 */
export function pictureLegend(
  index: AtlasIndex,
  shown: ReadonlyMap<string, Status>,
  lang: Lang,
  route: PictureRoute | null = null,
  grouped = false,
): LegendSection[] {
  const corridors = new Set<string>();
  const modes = new Set<Mode>();
  const statuses = new Set<Status>();
  /** Node kinds and project kinds, each with whether a record of it is built ("now") or not yet ("plan"). */
  const kinds = new Set<string>();
  const projects = new Set<string>();
  for (const [id, status] of shown) {
    const r = index.byId.get(id);
    if (!r) continue;
    const when = future(status) ? 'plan' : 'now';
    if (r.type === 'corridor') corridors.add(id);
    if (r.type === 'segment') {
      statuses.add(status);
      modes.add(r.props.mode);
    }
    if (r.type === 'node') kinds.add(`${r.props.kind}:${when}`);
    if (r.type === 'project') projects.add(`${r.props.kind}:${when}`);
  }
  const corridorEntries = index.data.corridors
    .filter((c) => corridors.has(c.id))
    .map((c) => ({ label: c.names[lang], swatch: { kind: 'line' as const, colour: c.colour } }));
  const nodeEntries = NODE_KINDS.flatMap((k) => {
    const fill = atlasTheme.node[k].fill;
    const kind = nodeKindLabel(k, lang);
    return [
      ...(kinds.has(`${k}:now`) ? [{ label: kind, swatch: { kind: 'dot' as const, colour: fill } }] : []),
      ...(kinds.has(`${k}:plan`)
        ? [
            {
              label: t(lang, 'pictureNotBuilt', { kind }),
              swatch: { kind: 'dot' as const, colour: atlasTheme.planFill, ring: fill },
            },
          ]
        : []),
    ];
  });
  const projectEntries = (Object.keys(atlasTheme.project) as ProjectKind[]).flatMap((k) => {
    const colour = k === 'pipeline' ? atlasTheme.pipeline.outer : atlasTheme.project[k];
    const kind = projectKindLabel(k, lang);
    return [
      ...(projects.has(`${k}:now`) ? [{ label: kind, swatch: { kind: 'dot' as const, colour } }] : []),
      ...(projects.has(`${k}:plan`)
        ? [
            {
              label: t(lang, 'pictureProjectPlanned', { kind }),
              swatch: { kind: 'dot' as const, colour: atlasTheme.planFill, ring: colour },
            },
          ]
        : []),
    ];
  });
  return [
    ...(route ? [routeLegend(route, lang)] : []),
    {
      title: t(lang, 'legendModes'),
      entries: MODES.filter((m) => modes.has(m)).map((m) => ({
        label: modeLabel(m, lang),
        swatch: modeSwatch(m),
      })),
    },
    {
      title: t(lang, 'legendStatus'),
      entries: STATUSES.filter((s) => statuses.has(s)).map((s) => ({
        label: statusLabel(s, lang),
        swatch: statusSwatch(s),
      })),
    },
    { title: t(lang, 'legendNodes'), entries: nodeEntries },
    {
      title: t(lang, 'legendProjects'),
      entries: [
        ...projectEntries,
        ...(grouped
          ? [
              {
                label: t(lang, 'pictureProjectsGrouped'),
                swatch: { kind: 'dot' as const, colour: atlasTheme.cluster.fill, ring: atlasTheme.cluster.stroke },
              },
            ]
          : []),
      ],
    },
    // Last: the longest list, so on a slide what does not fit is corridors, counted, not the short keys above.
    { title: t(lang, 'legendCorridors'), entries: corridorEntries },
  ];
}
