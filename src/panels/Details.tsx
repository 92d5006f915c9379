// The selected record: its names in every language, kind, status, dates, figures with sources, the corridors it
// belongs to and what relates to it. Every related record is a button that selects it and brings it into view.
import { useEffect, useRef } from 'react';
import { useAtlasIndex } from '../data/use-atlas-index';
import { corridorsOf, relatedCrossings, relatedProjects } from '../data/indexes';
import { t } from '../i18n';
import { useAppStore } from '../store';
import { FactList } from './details/FactList';
import { FigureList } from './details/FigureList';
import { RecordLinks } from './details/RecordLinks';
import { SourceList } from './details/SourceList';
import { OtherNames } from './details/OtherNames';
import { RouteHere } from './details/RouteHere';
import { kindText, recordName, statusText } from './record-text';
import { extentOf, showRecord } from './show-record';

export function Details({ id }: { id: string }) {
  const lang = useAppStore((s) => s.lang);
  const select = useAppStore((s) => s.select);
  const index = useAtlasIndex();
  const heading = useRef<HTMLHeadingElement>(null);
  // A new selection moves keyboard and screen-reader focus to its name.
  useEffect(() => heading.current?.focus(), [id]);
  const back = (
    <button type="button" className="details-back" onClick={() => select(null)}>
      ← {t(lang, 'detailsBack')}
    </button>
  );
  if (!index) return <p className="welcome">{t(lang, 'loadingMap')}</p>;
  const r = index.byId.get(id);
  if (!r)
    return (
      <div className="details">
        {back}
        <p>{t(lang, 'detailsNotFound')}</p>
      </div>
    );
  const p = r.props;
  const figures = r.type === 'project' && r.props.investment ? [r.props.investment, ...p.figures] : p.figures;
  return (
    <article className="details" aria-labelledby="details-title">
      {back}
      <header className="details-header">
        <h2 id="details-title" ref={heading} tabIndex={-1}>
          {recordName(index, r, lang)}
        </h2>
        <OtherNames record={r} lang={lang} />
        <p className="details-kind">
          <span>{kindText(r, lang)}</span> ·{' '}
          <span className={`status status-${p.status}`}>{statusText(p.status, lang)}</span>
        </p>
      </header>
      {/* A corridor drawn through other corridors (an umbrella or policy label) has no extent to show. */}
      {extentOf(index, id) && (
        <button type="button" className="details-show" onClick={() => showRecord(index, id)}>
          {t(lang, 'detailsShowOnMap')}
        </button>
      )}
      {r.type === 'node' && <RouteHere id={id} lang={lang} />}
      {'summary' in p && p.summary && <p className="details-summary">{p.summary[lang]}</p>}
      <FactList record={r} index={index} lang={lang} />
      <FigureList figures={figures} index={index} lang={lang} />
      <RecordLinks title={t(lang, 'detailsCorridors')} ids={corridorsOf(index, id)} index={index} lang={lang} />
      {r.type === 'corridor' && (
        <RecordLinks
          title={t(lang, 'detailsBranches')}
          ids={index.childrenOf.get(id) ?? []}
          index={index}
          lang={lang}
        />
      )}
      {r.type === 'project' && (
        <RecordLinks title={t(lang, 'detailsImproves')} ids={r.props.improves} index={index} lang={lang} />
      )}
      <RecordLinks title={t(lang, 'detailsCrossings')} ids={relatedCrossings(index, id)} index={index} lang={lang} />
      <RecordLinks title={t(lang, 'detailsProjects')} ids={relatedProjects(index, id)} index={index} lang={lang} />
      <SourceList ids={p.sources} index={index} lang={lang} />
    </article>
  );
}
