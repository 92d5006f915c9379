// The sources of a record: title, publisher and dates (published, read), with the link written out. A link is only followed when the
// reader clicks it (new tab, no opener); nothing is fetched to show the list.
import type { AtlasIndex } from '../../data/indexes';
import type { Lang, Source } from '../../data/schema';
import { safeUrl } from '../../data/safe-url';
import { t } from '../../i18n';
import { formatPartialDate } from '../figure-text';

/**
 * When it was published and when it was read. A page revised in place (an encyclopedia) is dated by the reading,
 * so it says only when it was read.
 */
function sourceDates(s: Source, lang: Lang): string {
  const published = formatPartialDate(s.date, lang);
  if (s.accessed === undefined) return published;
  const accessed = t(lang, 'sourceAccessed', { date: formatPartialDate(s.accessed, lang) });
  if (s.accessed === s.date) return accessed;
  return `${t(lang, 'sourcePublished', { date: published })} · ${accessed}`;
}

export function SourceList({ ids, index, lang }: { ids: readonly string[]; index: AtlasIndex; lang: Lang }) {
  if (!ids.length) return null;
  return (
    <section className="details-section" aria-labelledby="details-sources">
      <h3 id="details-sources">{t(lang, 'detailsSources')}</h3>
      <ol className="source-list">
        {ids.map((id) => {
          const s = index.sources.get(id);
          if (!s) return <li key={id}>{id}</li>;
          const href = safeUrl(s.url);
          return (
            <li key={id}>
              {/* Square brackets mark a title that describes the page but is not printed on it. */}
              <cite lang={s.language === 'other' ? undefined : s.language}>
                {s.descriptiveTitle ? `[${s.title}]` : s.title}
              </cite>
              <span className="source-meta">
                {' — '}
                {s.publisher}, {sourceDates(s, lang)}
              </span>
              {href && (
                <>
                  <br />
                  <a href={href} target="_blank" rel="noopener noreferrer" className="source-url">
                    {href}
                    <span className="visually-hidden"> {t(lang, 'opensNewTab')}</span>
                  </a>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
