// The listbox of a search combobox: one option per hit, the active one marked, the spelling that matched shown
// when it is not the record's name. Shared by the header search and the route planner's place inputs.
import type { Lang } from '../data/schema';
import { t } from '../i18n';
import { countryName } from '../i18n/countries';
import type { SearchHit } from '../search';
import { kindLabel } from './list-labels';

interface Props {
  listId: string;
  label: string;
  hits: SearchHit[];
  /** Index of the active option, or -1. */
  current: number;
  hidden: boolean;
  lang: Lang;
  optionId: (i: number) => string;
  onChoose: (hit: SearchHit) => void;
  onActivate: (i: number) => void;
}

export function SuggestionList({ listId, label, hits, current, hidden, lang, optionId, onChoose, onActivate }: Props) {
  return (
    <ul id={listId} role="listbox" aria-label={label} className="search-list" hidden={hidden}>
      {hits.map((hit, i) => (
        <li
          key={hit.doc.id}
          id={optionId(i)}
          role="option"
          aria-selected={i === current}
          className={i === current ? 'active' : undefined}
          // Keep focus in the input so the click does not blur it (and close or commit) first.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onChoose(hit)}
          onMouseMove={() => i !== current && onActivate(i)}
        >
          <span className="search-name">{hit.doc.label[lang]}</span>
          <span className="search-kind">
            {hit.doc.type === 'term'
              ? t(lang, 'searchGroupTerm')
              : [
                  kindLabel(hit.doc.type, hit.doc.kind, lang),
                  ...(hit.doc.countries ?? []).map((c) => countryName(c, lang)),
                ].join(' · ')}
          </span>
          {hit.matched !== hit.doc.label[lang] && (
            <span className="search-also">{t(lang, 'searchAlso', { name: hit.matched })}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
