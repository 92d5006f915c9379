// The explore view of the side panel: the details of the selected record, or, with nothing selected, the legend
// (which filters corridors, modes and statuses), the other filters, and the embed code of the view. The details'
// code (with the glossary that marks their summaries) loads when the reader first opens a record.
import { lazy, Suspense, type ReactNode } from 'react';
import { t } from '../i18n';
import { useAppStore } from '../store';
import './explore.css';
import { Filters } from './Filters';
import { Legend } from './Legend';
import { PartLoading } from './PartLoading';

const Details = lazy(() => import('./Details').then((m) => ({ default: m.Details })));

/** `embed`: the "Copy embed code" of the view, given by the app (the embed code belongs to the player). */
export function ExplorePanel({ embed }: { embed?: ReactNode }) {
  const selected = useAppStore((s) => s.selected);
  const lang = useAppStore((s) => s.lang);
  if (selected)
    return (
      <Suspense fallback={<PartLoading />}>
        <Details id={selected} />
      </Suspense>
    );
  return (
    <section className="explore" aria-labelledby="explore-title">
      <h2 id="explore-title">{t(lang, 'legend')}</h2>
      <Filters />
      <Legend />
      {embed && <div className="explore-embed">{embed}</div>}
    </section>
  );
}
