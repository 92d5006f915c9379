// Figures as ranges with their as-of date and source; figures whose sources disagree are flagged side by side.
import type { AtlasIndex } from '../../data/indexes';
import type { Figure, Lang } from '../../data/schema';
import { t } from '../../i18n';
import { disagreeing, figureSeries, formatPartialDate, formatQuantity } from '../figure-text';
import { FigureChart } from './FigureChart';

export function FigureList({ figures, index, lang }: { figures: readonly Figure[]; index: AtlasIndex; lang: Lang }) {
  if (!figures.length) return null;
  const flagged = disagreeing(figures);
  return (
    <section className="details-section" aria-labelledby="details-figures">
      <h3 id="details-figures">{t(lang, 'detailsFigures')}</h3>
      {figureSeries(figures).map((series) => (
        <FigureChart key={series[0]!.label.en} series={series} index={index} lang={lang} />
      ))}
      <dl className="figure-list">
        {figures.map((f, i) => {
          const source = index.sources.get(f.source);
          return (
            <div key={i} className={flagged.has(f) ? 'figure disagree' : 'figure'}>
              <dt>{f.label[lang]}</dt>
              <dd>
                <span className="figure-value">{formatQuantity(f, f.unit, lang)}</span>{' '}
                <span className="figure-meta">
                  {t(lang, 'figureAsOf', { date: formatPartialDate(f.asOf, lang) })} ·{' '}
                  <span>{source ? source.publisher : f.source}</span>
                </span>
                {flagged.has(f) && <span className="figure-flag">{t(lang, 'figureDisagree')}</span>}
                {f.note?.[lang] && <span className="figure-note">{f.note[lang]}</span>}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
