// The phone's bottom sheet has three heights: its tabs only, half the screen (map and details seen together) and
// nearly all of it. The handle is a window splitter (ARIA separator): drag it, or focus it and use the arrow keys,
// Home and End. On wide screens it is hidden and the panel is a column beside the map.
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { t } from '../i18n';
import { useAppStore } from '../store';

export const SHEET_HEIGHTS = ['peek', 'half', 'full'] as const;
export type SheetHeight = (typeof SHEET_HEIGHTS)[number];

/** Each height as a share of the space below the header. */
export const SHEET_SHARE: Record<SheetHeight, number> = { peek: 0.22, half: 0.5, full: 0.88 };

const WORDS = { peek: 'sheetHeightPeek', half: 'sheetHeightHalf', full: 'sheetHeightFull' } as const;

/** The snap height nearest a share of the screen. */
export function nearestHeight(share: number): SheetHeight {
  return SHEET_HEIGHTS.reduce((a, b) => (Math.abs(SHEET_SHARE[b] - share) < Math.abs(SHEET_SHARE[a] - share) ? b : a));
}

interface Props {
  height: SheetHeight;
  onHeight: (height: SheetHeight) => void;
  /** While a finger or the mouse drags: the sheet's share of the space below the header; null when let go. */
  onDrag: (share: number | null) => void;
}

export function SheetHandle({ height, onHeight, onDrag }: Props) {
  const lang = useAppStore((s) => s.lang);
  const drag = useRef<{ bottom: number; space: number; share: number } | null>(null);
  const i = SHEET_HEIGHTS.indexOf(height);

  const onKeyDown = (e: KeyboardEvent) => {
    const last = SHEET_HEIGHTS.length - 1;
    const to = { ArrowUp: Math.min(i + 1, last), ArrowDown: Math.max(i - 1, 0), Home: 0, End: last }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    onHeight(SHEET_HEIGHTS[to]!);
  };

  const shareAt = (y: number) => {
    const d = drag.current!;
    return Math.min(Math.max((d.bottom - y) / d.space, SHEET_SHARE.peek), SHEET_SHARE.full);
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    const main = e.currentTarget.closest('.main')?.getBoundingClientRect();
    if (!main) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { bottom: main.bottom, space: main.height, share: SHEET_SHARE[height] };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    drag.current.share = shareAt(e.clientY);
    onDrag(drag.current.share);
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    const share = shareAt(e.clientY);
    drag.current = null;
    onDrag(null);
    onHeight(nearestHeight(share));
  };

  return (
    <div
      className="sheet-handle"
      role="separator"
      aria-orientation="horizontal"
      aria-controls="panel-body"
      aria-label={t(lang, 'sheetHandle')}
      aria-description={t(lang, 'sheetHandleHint')}
      aria-valuemin={0}
      aria-valuemax={SHEET_HEIGHTS.length - 1}
      aria-valuenow={i}
      aria-valuetext={t(lang, WORDS[height])}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    >
      <span className="sheet-grip" aria-hidden="true" />
    </div>
  );
}
