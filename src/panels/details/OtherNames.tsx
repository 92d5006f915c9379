// The record's name in the two other languages and its aliases, smaller, each marked with its language.
import { Fragment } from 'react';
import type { AtlasRecord } from '../../data/indexes';
import { LANGS, type Lang } from '../../data/vocab';
import { t } from '../../i18n';

export function OtherNames({ record, lang }: { record: AtlasRecord; lang: Lang }) {
  const names = record.props.names;
  const aliases = record.type === 'segment' ? [] : record.props.aliases;
  const others = names ? LANGS.filter((l) => l !== lang && names[l] !== names[lang]) : [];
  if (!others.length && !aliases.length) return null;
  return (
    <p className="other-names" aria-label={t(lang, 'detailsOtherNames')}>
      {others.map((l, i) => (
        <Fragment key={l}>
          {i > 0 && ' · '}
          <span lang={l}>{names![l]}</span>
        </Fragment>
      ))}
      {aliases.length > 0 && <span className="aliases">{(others.length ? ' · ' : '') + aliases.join(', ')}</span>}
    </p>
  );
}
