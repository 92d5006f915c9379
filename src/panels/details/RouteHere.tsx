// "Route from here" / "Route to here" under a place's details: the place goes into the plan and the Route tab opens.
import type { Lang } from '../../data/schema';
import { t } from '../../i18n';
import { useAppStore } from '../../store';

export function RouteHere({ id, lang }: { id: string; lang: Lang }) {
  const routeWithPlace = useAppStore((s) => s.routeWithPlace);
  return (
    <div className="route-here">
      <button type="button" onClick={() => routeWithPlace('from', id)}>
        {t(lang, 'routeFromHere')}
      </button>
      <button type="button" onClick={() => routeWithPlace('to', id)}>
        {t(lang, 'routeToHere')}
      </button>
    </div>
  );
}
