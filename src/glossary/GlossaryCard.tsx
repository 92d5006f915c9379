// A glossary entry chosen in the search: the term, its explanation and its source, until closed.
import type { Lang } from '../data/schema';
import { t } from '../i18n';
import { termById } from './terms';
import './glossary.css';

export function GlossaryCard({ id, lang, onClose }: { id: string; lang: Lang; onClose: () => void }) {
  const term = termById.get(id);
  if (!term) return null;
  const s = term.source;
  return (
    <section className="glossary-card" aria-labelledby="glossary-card-title" lang={lang}>
      <h2 id="glossary-card-title">
        <span className="glossary-card-kind">{t(lang, 'glossaryTitle')}:</span> {term.forms[lang][0]}
      </h2>
      <p>{term.text[lang]}</p>
      <p className="glossary-card-source">
        {t(lang, 'glossarySource', { source: '' })}
        <a href={s.url} rel="noopener noreferrer" target="_blank">
          {s.publisher}, “{s.title}”
        </a>{' '}
        ({s.date})
      </p>
      <button type="button" onClick={onClose}>
        {t(lang, 'dismiss')}
      </button>
    </section>
  );
}
