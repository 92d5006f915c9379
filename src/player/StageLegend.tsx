// The legend on stage: a key for what the scene puts on the map (its corridors, the modes and statuses it narrows
// to, its route: drawn by the story in its route colour, or the planner's dark-cased line), with the same swatches
// as the app's legend so the two agree. A scene showing the whole network needs no key beyond the atlas's own.
import { useAtlasIndex } from '../data/use-atlas-index';
import { t } from '../i18n';
import { routeTheme } from '../layers/route-style';
import { CorridorSwatch, ModeSwatch, StatusSwatch } from '../panels/legend/Swatch';
import { useAppStore } from '../store';
import { ROUTE_COLOUR } from '../story/overlay';
import type { Scene } from '../story/schema';

export function StageLegend({ scene }: { scene: Scene }) {
  const lang = useAppStore((s) => s.lang);
  const index = useAtlasIndex();
  if (!index) return null;
  const f = scene.filters ?? {};
  const drawn = Array.isArray(scene.draw) ? scene.draw : [];
  const corridors = [...new Set([...(f.corridors ?? []), ...drawn])].flatMap((id) => {
    const r = index.byId.get(id);
    return r?.type === 'corridor' ? [{ id, colour: r.props.colour, name: r.props.names[lang] }] : [];
  });
  const entries = [
    ...corridors.map((c) => ({ key: c.id, swatch: <CorridorSwatch colour={c.colour} />, label: c.name })),
    ...(f.modes ?? []).map((m) => ({ key: m, swatch: <ModeSwatch mode={m} />, label: t(lang, `mode_${m}`) })),
    ...(f.statuses ?? []).map((s) => ({ key: s, swatch: <StatusSwatch status={s} />, label: t(lang, `status_${s}`) })),
    ...(scene.route
      ? [
          {
            key: 'route',
            swatch: <CorridorSwatch colour={scene.draw === 'route' ? ROUTE_COLOUR : routeTheme.casing} />,
            label: t(lang, 'stageRoute'),
          },
        ]
      : []),
  ];
  if (!entries.length) return null;
  return (
    <div className="stage-legend" role="group" aria-label={t(lang, 'stageLegend')}>
      <ul>
        {entries.map((e) => (
          <li key={e.key}>
            {e.swatch}
            <span>{e.label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
