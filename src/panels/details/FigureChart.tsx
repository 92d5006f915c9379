// A small chart of one quantity over time (trains run, tonnes carried): a point per figure, each with its date,
// value and source on hover and focus, and the values named in words for a screen reader.
import type { AtlasIndex } from '../../data/indexes';
import type { Figure, Lang } from '../../data/schema';
import { t } from '../../i18n';
import { formatPartialDate, formatQuantity } from '../figure-text';

const W = 260;
const H = 110;
const PAD = { left: 8, right: 8, top: 14, bottom: 20 };

/** A partial date (2024, 2024-03, 2024-03-31) as a decimal year, for the time axis. */
export function decimalYear(asOf: string): number {
  const [y, m, d] = asOf.split('-').map(Number);
  return y! + ((m ?? 7) - 1) / 12 + ((d ?? 15) - 1) / 365;
}

const valueOf = (f: Figure) => f.value ?? f.range?.typical ?? ((f.range?.min ?? 0) + (f.range?.max ?? 0)) / 2;

export function FigureChart({ series, index, lang }: { series: readonly Figure[]; index: AtlasIndex; lang: Lang }) {
  const xs = series.map((f) => decimalYear(f.asOf));
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const top = Math.max(...series.map((f) => f.range?.max ?? valueOf(f)));
  const x = (v: number) => PAD.left + ((v - x0) / (x1 - x0 || 1)) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - (v / (top || 1)) * (H - PAD.top - PAD.bottom);
  const label = series[0]!.label[lang];
  const words = series.map((f) => `${formatQuantity(f, f.unit, lang)} (${formatPartialDate(f.asOf, lang)})`).join('; ');
  const points = series.map((f) => ({ f, cx: x(decimalYear(f.asOf)), cy: y(valueOf(f)) }));
  return (
    <figure className="figure-chart">
      <svg
        width={W}
        height={H}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={t(lang, 'figureChart', { label, values: words })}
      >
        <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} className="axis" />
        <polyline points={points.map((p) => `${p.cx},${p.cy}`).join(' ')} className="trend" />
        {points.map(({ f, cx, cy }, i) => {
          const source = index.sources.get(f.source);
          return (
            <g key={i}>
              {f.range && <line x1={cx} x2={cx} y1={y(f.range.min)} y2={y(f.range.max)} className="range" />}
              <circle cx={cx} cy={cy} r={4}>
                <title>
                  {`${formatQuantity(f, f.unit, lang)} · ${formatPartialDate(f.asOf, lang)} · ${source?.publisher ?? f.source}`}
                </title>
              </circle>
            </g>
          );
        })}
        <text x={PAD.left} y={H - 5} className="tick">
          {series[0]!.asOf.slice(0, 4)}
        </text>
        <text x={W - PAD.right} y={H - 5} textAnchor="end" className="tick">
          {series.at(-1)!.asOf.slice(0, 4)}
        </text>
      </svg>
      <figcaption>{label}</figcaption>
    </figure>
  );
}
