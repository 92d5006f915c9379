// A titled list of related records; each one selects that record and brings it into view.
import type { AtlasIndex } from '../../data/indexes';
import type { Lang } from '../../data/schema';
import { kindText, recordName } from '../record-text';
import { showRecord } from '../show-record';

interface Props {
  title: string;
  ids: readonly string[];
  index: AtlasIndex;
  lang: Lang;
}

export function RecordLinks({ title, ids, index, lang }: Props) {
  const records = ids.flatMap((id) => index.byId.get(id) ?? []);
  if (!records.length) return null;
  return (
    <section className="details-section">
      <h3>{title}</h3>
      <ul className="record-links">
        {records.map((r) => (
          <li key={r.id}>
            <button type="button" className="record-link" onClick={() => showRecord(index, r.id)}>
              {r.type === 'corridor' && (
                <span className="swatch-dot" style={{ background: r.props.colour }} aria-hidden />
              )}
              {recordName(index, r, lang)}
            </button>{' '}
            <span className="record-link-kind">{kindText(r, lang)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
