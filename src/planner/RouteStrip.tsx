// The strip diagram: one horizontal bar per route, its legs in proportion to time (waiting at transfers included)
// or to distance, coloured by carrier as on the map, with markers where the gauge breaks, a border is crossed or
// the container is transshipped. The bar is a picture; its text for screen readers is the ordered list of steps.
import type { CSSProperties } from 'react';
import type { Lang } from '../data/schema';
import { t, type MessageKey } from '../i18n';
import { unitLabel } from '../i18n/units';
import { routeTheme } from '../layers/route-style';
import type { Carrier, Network, Route, TransferKind } from '../routing';
import { routeSteps } from './leg-text';
import { routeLabel } from './route-labels';
import { pct, stripLayout, type StripScale } from './strip-layout';
import { carrierWord, daysText, formatNumber } from './words';

const MARKER_LABEL: Record<TransferKind, MessageKey> = {
  gauge_change: 'routeGaugeBreak',
  border: 'routeBorder',
  transshipment: 'routeTransshipment',
};

interface Props {
  route: Route;
  index: number;
  chosen: boolean;
  scale: StripScale;
  net: Network;
  lang: Lang;
}

export function RouteStrip({ route, index, chosen, scale, net, lang }: Props) {
  const { pieces, markers } = stripLayout(route, scale);
  const d = daysText(route.days, lang);
  const label = routeLabel(index, lang);
  const steps = routeSteps(net, route, lang);
  return (
    <figure className={`route-strip${chosen ? ' chosen' : ''}`}>
      <figcaption>
        <span className="route-strip-name">{label}</span>{' '}
        <span className="route-strip-figures">
          {d.days} {unitLabel('days', lang, route.days.typical)} · {formatNumber(route.km, lang)}{' '}
          {unitLabel('km', lang, route.km)}
        </span>
      </figcaption>
      <div className="route-strip-bar" aria-hidden="true">
        {pieces.map((p, i) => {
          const style: CSSProperties = { left: pct(p.start), width: pct(p.size) };
          if (p.carrier) style.background = routeTheme.carriers[p.carrier];
          return (
            <span
              key={i}
              className={`route-piece route-piece-${p.kind}`}
              style={style}
              title={p.carrier ? carrierWord(p.carrier, lang) : t(lang, 'routeWaiting')}
            />
          );
        })}
        {markers.map((m, i) => (
          <span
            key={i}
            className={`route-marker route-marker-${m.kind}`}
            style={{ left: pct(m.at), ['--marker' as string]: routeTheme.transfers[m.kind] }}
            title={t(lang, MARKER_LABEL[m.kind])}
          />
        ))}
      </div>
      <ol
        className="visually-hidden"
        aria-label={t(lang, 'routeStripLabel', { route: label, count: route.legs.length })}
      >
        {steps.map((s, i) => (
          <li key={i}>{s.text}</li>
        ))}
      </ol>
    </figure>
  );
}

/** What the colours and markers mean. */
export function StripLegend({ carriers, lang }: { carriers: readonly Carrier[]; lang: Lang }) {
  return (
    <ul className="route-strip-legend" aria-hidden="true">
      {carriers.map((c) => (
        <li key={c}>
          <span className="swatch" style={{ background: routeTheme.carriers[c] }} />
          {carrierWord(c, lang)}
        </li>
      ))}
      <li>
        <span className="swatch route-piece-wait" />
        {t(lang, 'routeWaiting')}
      </li>
      {(Object.keys(MARKER_LABEL) as TransferKind[]).map((k) => (
        <li key={k}>
          <span
            className={`legend-marker route-marker-${k}`}
            style={{ ['--marker' as string]: routeTheme.transfers[k] }}
          />
          {t(lang, MARKER_LABEL[k])}
        </li>
      ))}
    </ul>
  );
}
