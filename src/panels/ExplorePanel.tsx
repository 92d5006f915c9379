// The explore view of the side panel: the details of the selected record, or, with nothing selected, the legend
// (which filters corridors, modes and statuses), the other filters, and the embed code of the view.
import { t } from '../i18n';
import { useAppStore } from '../store';
import './explore.css';
import { Details } from './Details';
import { Filters } from './Filters';
import { Legend } from './Legend';
import { CopyMapEmbed } from '../player/embed/CopyMapEmbed';

export function ExplorePanel() {
  const selected = useAppStore((s) => s.selected);
  const lang = useAppStore((s) => s.lang);
  if (selected) return <Details id={selected} />;
  return (
    <section className="explore" aria-labelledby="explore-title">
      <h2 id="explore-title">{t(lang, 'legend')}</h2>
      <Filters />
      <Legend />
      <div className="explore-embed">
        <CopyMapEmbed />
      </div>
    </section>
  );
}
