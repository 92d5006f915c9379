// The record under the pointer: name, kind and status, beside the pointer. Pointer-only help: the same facts are
// in the details panel and the list for keyboard and screen-reader use, so it is hidden from assistive technology.
import { useAtlasIndex } from '../data/use-atlas-index';
import { statusInYear } from '../data/select';
import { useAppStore } from '../store';
import './explore.css';
import { kindText, recordName, statusText } from './record-text';

export function Tooltip() {
  const hovered = useAppStore((s) => s.hovered);
  const lang = useAppStore((s) => s.lang);
  const year = useAppStore((s) => s.filters.year);
  const index = useAtlasIndex();
  const r = hovered && index?.byId.get(hovered.id);
  if (!hovered || !index || !r) return null;
  const status = statusInYear(r, year) ?? r.props.status;
  return (
    <div className="map-tooltip" aria-hidden="true" style={{ left: hovered.x + 14, top: hovered.y + 14 }}>
      <strong>{recordName(index, r, lang)}</strong>
      <span>
        {kindText(r, lang, status)} · {statusText(status, lang)}
      </span>
    </div>
  );
}
