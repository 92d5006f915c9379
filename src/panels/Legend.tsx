// The legend is also the filter: each corridor, mode and status entry is a toggle button (aria-pressed) that
// shows or hides what it stands for. A corridor toggles together with its branches. Places and projects are a key.
import type { AtlasIndex } from '../data/indexes';
import { useAtlasIndex } from '../data/use-atlas-index';
import { MODES, STATUSES, type Lang } from '../data/vocab';
import { t } from '../i18n';
import { atlasTheme, type NodeKind, type ProjectKind } from '../layers/atlas-theme';
import { useAppStore } from '../store';
import { FocusCorridor } from './FocusCorridor';
import { CorridorSwatch, ModeSwatch, PlaceSwatch, ProjectSwatch, StatusSwatch } from './legend/Swatch';
import { LegendToggle } from './legend/LegendToggle';
import { pressedState } from './legend/pressed';

const PLACE_KEY: [NodeKind, boolean, string][] = [
  ['border_crossing', false, 'node_border_crossing'],
  ['border_crossing', true, 'node_planned_crossing'],
  ['seaport', false, 'node_seaport'],
  ['gauge_change', false, 'node_gauge_change'],
  ['terminal', false, 'node_terminal'],
  ['city', false, 'node_city'],
];

/** The project kinds the data holds, in order of first appearance; once per index, not on every filter click. */
const kindsByIndex = new WeakMap<AtlasIndex, ProjectKind[]>();

function projectKindsOf(index: AtlasIndex): ProjectKind[] {
  let kinds = kindsByIndex.get(index);
  if (!kinds) kindsByIndex.set(index, (kinds = [...new Set(index.data.projects.map((p) => p.properties.kind))]));
  return kinds;
}

export function Legend() {
  const lang = useAppStore((s) => s.lang);
  const filters = useAppStore((s) => s.filters);
  const toggle = useAppStore((s) => s.toggleFilter);
  const toggleGroup = useAppStore((s) => s.toggleFilterGroup);
  const index = useAtlasIndex();
  if (!index) return null;
  const corridors = index.data.corridors;
  const universe = corridors.map((c) => c.id);
  const known = new Set(universe);
  const tops = corridors.filter((c) => !c.parent || !known.has(c.parent));
  const projectKinds = projectKindsOf(index);
  return (
    <div className="legend">
      <p className="legend-hint">{t(lang, 'legendHint')}</p>
      <Group title={t(lang, 'legendModes')} compact>
        {MODES.map((m) => (
          <li key={m}>
            <LegendToggle
              pressed={pressedState(filters.modes, [m])}
              onToggle={() => toggle('modes', m, MODES)}
              swatch={<ModeSwatch mode={m} />}
              label={t(lang, `mode_${m}`)}
            />
          </li>
        ))}
      </Group>
      <Group title={t(lang, 'legendStatus')} compact>
        {STATUSES.map((s) => (
          <li key={s}>
            <LegendToggle
              pressed={pressedState(filters.statuses, [s])}
              onToggle={() => toggle('statuses', s, STATUSES)}
              swatch={<StatusSwatch status={s} />}
              label={t(lang, `status_${s}`)}
            />
          </li>
        ))}
      </Group>
      <Group title={t(lang, 'legendCorridors')}>
        {tops.map((c) => {
          const group = [c.id, ...(index.childrenOf.get(c.id) ?? [])];
          return (
            <li key={c.id}>
              <LegendToggle
                pressed={pressedState(filters.corridors, group)}
                onToggle={() => toggleGroup('corridors', group, universe)}
                swatch={<CorridorSwatch colour={c.colour} />}
                label={c.names[lang]}
              />
              <FocusCorridor index={index} id={c.id} lang={lang} short />
              {group.length > 1 && (
                <ul className="legend-branches">
                  {group.slice(1).map((id) => {
                    const b = index.byId.get(id);
                    if (b?.type !== 'corridor') return null;
                    return (
                      <li key={id}>
                        <LegendToggle
                          pressed={pressedState(filters.corridors, [id])}
                          onToggle={() => toggle('corridors', id, universe)}
                          swatch={<CorridorSwatch colour={b.props.colour} />}
                          label={b.props.names[lang]}
                        />
                      </li>
                    );
                  })}
                </ul>
              )}
            </li>
          );
        })}
      </Group>
      <Key
        title={t(lang, 'legendNodes')}
        lang={lang}
        entries={PLACE_KEY.map(([k, planned, key]) => [<PlaceSwatch key={key} kind={k} planned={planned} />, key])}
      />
      <Key
        title={t(lang, 'legendProjects')}
        lang={lang}
        entries={projectKinds.map((k: ProjectKind) => [
          <ProjectSwatch key={k} colour={atlasTheme.project[k]} />,
          `project_${k}`,
        ])}
      />
    </div>
  );
}

function Group({ title, children, compact }: { title: string; children: React.ReactNode; compact?: boolean }) {
  return (
    <fieldset className={compact ? 'legend-group compact' : 'legend-group'}>
      <legend>{title}</legend>
      <ul>{children}</ul>
    </fieldset>
  );
}

function Key({ title, entries, lang }: { title: string; entries: [React.ReactNode, string][]; lang: Lang }) {
  if (!entries.length) return null;
  return (
    <div className="legend-group legend-key">
      <h3>{title}</h3>
      <ul>
        {entries.map(([swatch, key]) => (
          <li key={key}>
            {swatch}
            <span>{t(lang, key as Parameters<typeof t>[1])}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
