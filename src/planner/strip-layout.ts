// The strip diagram's geometry: a route's legs (and, by time, its waits at transfers) as fractions of the bar, the
// markers where the gauge breaks, a border is crossed or the container is transshipped, and the carriers used.
import { routeTheme } from '../layers/route-style';
import type { Carrier, Route, TransferKind } from '../routing';

export type StripScale = 'time' | 'km';

export interface Piece {
  kind: 'leg' | 'wait';
  carrier?: Carrier;
  start: number;
  size: number;
}

export interface Marker {
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

export const carriersOf = (routes: readonly Route[]): Carrier[] => {
  const used = new Set(routes.flatMap((r) => r.legs.map((l) => carrierOf(l.mode, l.gauge))));
  return (Object.keys(routeTheme.carriers) as Carrier[]).filter((c) => used.has(c));
};

/** A fraction as a CSS percentage. */
export const pct = (x: number): string => `${(x * 100).toFixed(3)}%`;
