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
import { routeLabel } from './RouteTable';
import { carrierWord, daysText, formatNumber } from './words';

export type StripScale = 'time' | 'km';

interface Piece {
  kind: 'leg' | 'wait';
  carrier?: Carrier;
  start: number;
  size: number;
}

interface Marker {
  kind: TransferKind;
  at: number;
}

const carrierOf = (mode: string, gauge?: number): Carrier =>
  (mode === 'rail' ? `rail-${gauge ?? 1435}` : mode) as Carrier;

/** The pieces and markers of a route's bar, as fractions of its length. */
export function stripLayout(route: Route, scale: StripScale): { pieces: Piece[]; markers: Marker[] } {
  const raw: Omit<Piece, 'start'>[] = [];
  const markerAt: { kind: TransferKind; piece: number }[] = [];
  route.legs.forEach((leg, i) => {
    raw.push({
      kind: 'leg',
      carrier: carrierOf(leg.mode, leg.gauge),
      size: scale === 'time' ? leg.hours.typical : leg.km,
    });
    const after = route.transfers.filter((x) => x.afterLeg === i);
    for (const tr of after) markerAt.push({ kind: tr.kind, piece: raw.length });
    const wait = after.reduce((s, x) => s + x.hours.typical, 0);
    if (scale === 'time' && wait > 0) raw.push({ kind: 'wait', size: wait });
  });
  const total = raw.reduce((s, p) => s + p.size, 0) || 1;
  let at = 0;
  const pieces = raw.map((p) => {
    const piece = { ...p, start: at / total, size: p.size / total };
    at += p.size;
    return piece;
  });
  const markers = markerAt.map((m) => ({ kind: m.kind, at: pieces[m.piece]?.start ?? 1 }));
  return { pieces, markers };
}

const pct = (x: number) => `${(x * 100).toFixed(3)}%`;

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
  const label = routeLabel(index, lang, route);
  const steps = routeSteps(net, route, lang);
  return (
    <figure className={`route-strip${chosen ? ' chosen' : ''}`}>
      <figcaption>
        <span className="route-strip-name">{label}</span>{' '}
        <span className="route-strip-figures">
          {d.days} {unitLabel('days', lang)} · {formatNumber(route.km, lang)} {unitLabel('km', lang)}
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

export const carriersOf = (routes: readonly Route[]): Carrier[] => {
  const used = new Set(routes.flatMap((r) => r.legs.map((l) => carrierOf(l.mode, l.gauge))));
  return (Object.keys(routeTheme.carriers) as Carrier[]).filter((c) => used.has(c));
};
