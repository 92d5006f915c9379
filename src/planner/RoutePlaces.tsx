// Origin, stops on the way and destination. A new stop is a blank field until a place is chosen in it; the plan
// holds only the stops given.
import { useCallback, useState } from 'react';
import type { Lang } from '../data/schema';
import { t } from '../i18n';
import type { Network } from '../routing';
import { useAppStore } from '../store';
import { MAX_VIA } from '../store/route-url';
import type { RoutePlan } from '../store/route-slice';
import { PlaceInput } from './PlaceInput';
import { placeShown } from './route-labels';

export function RoutePlaces({ plan, net, lang }: { plan: RoutePlan; net: Network | null; lang: Lang }) {
  const { setRoutePlace, setRouteVia, swapRouteEnds } = useAppStore.getState();
  const [adding, setAdding] = useState(false);
  const usable = useCallback(
    (id: string) => {
      const i = net?.nodeIndex.get(id);
      return i !== undefined && (net!.nodes[i]?.carriers ?? 0) !== 0;
    },
    [net],
  );
  const common = { lang, usable: net ? usable : undefined };
  const setVia = (i: number, value: string) => {
    const next = [...plan.via];
    if (value) next[i] = value;
    else next.splice(i, 1);
    setRouteVia(next);
  };
  return (
    <div className="route-places">
      <PlaceInput
        {...common}
        label={t(lang, 'routeFrom')}
        value={plan.from}
        display={placeShown(net, plan.from, lang)}
        onCommit={(v) => setRoutePlace('from', v)}
      />
      {plan.via.map((v, i) => (
        <PlaceInput
          {...common}
          key={`${i}-${v}`}
          label={t(lang, 'routeVia', { n: i + 1 })}
          value={v}
          display={placeShown(net, v, lang)}
          onCommit={(value) => setVia(i, value)}
        >
          <button
            type="button"
            className="icon-button"
            aria-label={t(lang, 'routeViaRemove', { n: i + 1 })}
            onClick={() => setVia(i, '')}
          >
            ×
          </button>
        </PlaceInput>
      ))}
      {adding && (
        <PlaceInput
          {...common}
          label={t(lang, 'routeVia', { n: plan.via.length + 1 })}
          value=""
          display=""
          autoFocus
          onCommit={(value) => {
            setAdding(false);
            if (value) setRouteVia([...plan.via, value]);
          }}
        >
          <button
            type="button"
            className="icon-button"
            aria-label={t(lang, 'routeViaRemove', { n: plan.via.length + 1 })}
            onClick={() => setAdding(false)}
          >
            ×
          </button>
        </PlaceInput>
      )}
      <PlaceInput
        {...common}
        label={t(lang, 'routeTo')}
        value={plan.to}
        display={placeShown(net, plan.to, lang)}
        onCommit={(v) => setRoutePlace('to', v)}
      />
      <div className="route-place-actions">
        <button type="button" onClick={swapRouteEnds} disabled={!plan.from && !plan.to}>
          <span aria-hidden="true">⇅</span> {t(lang, 'routeSwap')}
        </button>
        <button type="button" onClick={() => setAdding(true)} disabled={adding || plan.via.length >= MAX_VIA}>
          <span aria-hidden="true">+</span> {t(lang, 'routeViaAdd')}
        </button>
      </div>
    </div>
  );
}
