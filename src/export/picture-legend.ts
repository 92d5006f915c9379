// The legend of the exported picture: only what the view shows (its corridors, modes, statuses and kinds of
// place), with swatches drawn from the same theme values as the map layers.
import type { AtlasIndex } from '../data/indexes';
import { MODES, NODE_KINDS, STATUSES, type Mode, type Status } from '../data/schema';
import { t, type Lang } from '../i18n';
import { modeLabel, nodeKindLabel, statusLabel } from '../i18n/labels';
import { atlasTheme, NOT_IN_SERVICE } from '../layers/atlas-theme';
import type { LegendSection, Swatch } from './image-layout';

/** Swatch lines are 3 px wide; the theme's dashes are in line widths. */
const SWATCH_WIDTH = 3;
const INK = '#4a5868';

const dash = (pattern: number[]) => pattern.map((d) => Math.max(d * SWATCH_WIDTH, 1));

function statusSwatch(status: Status): Swatch {
  if (status === 'suspended') return { kind: 'line', colour: atlasTheme.suspended };
  if (NOT_IN_SERVICE.includes(status)) return { kind: 'line', colour: INK, dash: dash(atlasTheme.planDash.rail) };
  return { kind: 'line', colour: INK };
}

export function pictureLegend(index: AtlasIndex, shown: ReadonlyMap<string, Status>, lang: Lang): LegendSection[] {
  const corridors = new Set<string>();
  const modes = new Set<Mode>();
  const statuses = new Set<Status>();
  const kinds = new Set<string>();
  for (const [id, status] of shown) {
    const r = index.byId.get(id);
    if (!r) continue;
    statuses.add(status);
    if (r.type === 'corridor') corridors.add(id);
    if (r.type === 'segment') {
      modes.add(r.props.mode);
      r.props.corridors.forEach((c) => corridors.add(c));
    }
    if (r.type === 'node') kinds.add(r.props.kind);
  }
  const corridorEntries = index.data.corridors
    .filter((c) => corridors.has(c.id))
    .map((c) => ({ label: c.names[lang], swatch: { kind: 'line' as const, colour: c.colour } }));
  return [
    { title: t(lang, 'legendCorridors'), entries: corridorEntries },
    {
      title: t(lang, 'legendModes'),
      entries: MODES.filter((m) => modes.has(m)).map((m) => ({
        label: modeLabel(m, lang),
        swatch: { kind: 'line' as const, colour: INK, dash: dash(atlasTheme.modeDash[m]) },
      })),
    },
    {
      title: t(lang, 'legendStatus'),
      entries: STATUSES.filter((s) => statuses.has(s)).map((s) => ({
        label: statusLabel(s, lang),
        swatch: statusSwatch(s),
      })),
    },
    {
      title: t(lang, 'legendNodes'),
      entries: NODE_KINDS.filter((k) => kinds.has(k)).map((k) => ({
        label: nodeKindLabel(k, lang),
        swatch: { kind: 'dot' as const, colour: atlasTheme.node[k].fill },
      })),
    },
  ];
}
