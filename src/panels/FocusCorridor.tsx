// "Show only this corridor" in one action: the corridor filter becomes this corridor with its branches; pressed
// again (or "Show all corridors") it lets every corridor back. Used in the legend and in a corridor's details.
import type { AtlasIndex } from '../data/indexes';
import type { Lang } from '../data/schema';
import { t } from '../i18n';
import { useAppStore } from '../store';
import './focus-corridor.css';

export function corridorGroup(index: AtlasIndex, id: string): string[] {
  return [id, ...(index.childrenOf.get(id) ?? [])];
}

const same = (a: readonly string[] | null, b: readonly string[]) =>
  a !== null && a.length === b.length && b.every((v) => a.includes(v));

interface Props {
  index: AtlasIndex;
  id: string;
  lang: Lang;
  /** The legend's short form ("only"), named in full for assistive technology. */
  short?: boolean;
}

export function FocusCorridor({ index, id, lang, short = false }: Props) {
  const current = useAppStore((s) => s.filters.corridors);
  const setFilter = useAppStore((s) => s.setFilter);
  const group = corridorGroup(index, id);
  const focused = same(current, group);
  const r = index.byId.get(id);
  const name = r?.type === 'corridor' ? r.props.names[lang] : id;
  const full = focused ? t(lang, 'focusAll') : t(lang, short ? 'focusCorridorNamed' : 'focusCorridor', { name });
  return (
    <button
      type="button"
      className={short ? 'legend-only' : 'details-focus'}
      aria-label={short ? full : undefined}
      title={short ? full : undefined}
      onClick={() => setFilter('corridors', focused ? null : group)}
    >
      {short ? (focused ? t(lang, 'focusAll') : t(lang, 'focusOnlyShort')) : full}
    </button>
  );
}
