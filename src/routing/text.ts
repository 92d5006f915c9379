// A plan as a plain-text table for terminals and logs: one block per route, one line per leg, transfers and
// border formalities between the legs they separate.
import type { Hours, Network, PlanResult, Route, Transfer } from './types';
import { banText } from './entry-bans';

const SERVICE_WORDS = {
  express: 'express block train',
  block: 'scheduled block train',
  regular: 'regular or wagonload service',
} as const;

const int = (x: number) => Math.round(x).toLocaleString('en-US');
const one = (x: number) => (Math.round(x * 10) / 10).toLocaleString('en-US', { minimumFractionDigits: 1 });
const spread = (h: Hours, f: (x: number) => string = int) => `${f(h.min)}–${f(h.typical)}–${f(h.max)}`;
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const padStart = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

function transferLine(net: Network, t: Transfer): string {
  const where = name(net, t.at);
  const bySea = t.fromCarrier === 'sea' || t.fromCarrier === 'ferry';
  const included =
    t.hours.max > 0
      ? ''
      : t.union
        ? ` (no customs inside the ${t.union.toUpperCase()})`
        : bySea
          ? ' (customs in the port dwell)'
          : ' (included in the crossing dwell)';
  const along = bySea ? ' by sea' : t.union ? ' on the way' : ' on the way (no crossing point in the data)';
  const what =
    t.kind === 'border'
      ? `border ${t.countries?.join(' → ') ?? ''}${t.unmarked ? along : ''}`
      : t.kind === 'gauge_change'
        ? `gauge change ${t.fromCarrier.slice(5)} → ${t.toCarrier.slice(5)} mm`
        : `transshipment ${t.fromCarrier} → ${t.toCarrier}`;
  const hours = included || `, ${spread(t.hours)} h`;
  return `       · ${t.unmarked ? 'before ' : ''}${where}: ${what}${hours} [${t.sources.join(', ')}]`;
}

function name(net: Network, id: string): string {
  const i = net.nodeIndex.get(id);
  return i === undefined ? id : (net.nodes[i]?.names.en ?? id);
}

/** Each border in travel order: a crossing point by name, a border along a leg by its countries. */
function borderList(net: Network, r: Route): string {
  return r.transfers
    .filter((t) => t.kind === 'border')
    .map((t) => {
      if (!t.unmarked) return name(net, t.at);
      const sea = t.fromCarrier === 'sea' || t.fromCarrier === 'ferry';
      return `${t.countries?.join('→')} ${sea ? 'by sea' : 'on the way'}`;
    })
    .join(', ');
}

function routeBlock(net: Network, r: Route, i: number, total: number): string[] {
  const title = i === 0 ? 'Best route' : `Alternative ${i}`;
  const lines = [
    `${title} (${i + 1} of ${total}): ${one(r.days.typical)} days typical, ${one(r.days.min)}–${one(r.days.max)} days · ${int(r.km)} km`,
    `  border crossings ${r.borderCrossings}${r.borderCrossings ? ` (${borderList(net, r)})` : ''}` +
      ` · gauge breaks ${r.gaugeBreaks} · transshipments ${r.transshipments}`,
    `  countries  ${r.countries.join(' → ')}${r.sailsPast.length ? ` (by sea past ${r.sailsPast.join(', ')})` : ''}`,
    `  corridors  ${r.corridors.map((c) => net.corridors.get(c)?.names.en ?? c).join('; ')}`,
    `   #  ${pad('from → to', 44)} ${pad('mode', 10)} ${padStart('km', 7)}  hours min–typ–max`,
  ];
  r.legs.forEach((l, k) => {
    const mode = l.gauge ? `${l.mode} ${l.gauge}` : l.mode;
    const flags = [l.status !== 'operational' ? l.status : '', l.season ? `season ${l.season.from}–${l.season.to}` : '']
      .filter(Boolean)
      .join(', ');
    const route = `${name(net, l.from)} → ${name(net, l.to)}`;
    lines.push(
      `  ${padStart(String(k + 1), 2)}  ${pad(route, 44)} ${pad(mode, 10)} ${padStart(int(l.km), 7)}  ${spread(l.hours)}` +
        `${l.hoursFrom === 'segment' ? ' (sourced)' : ''}${flags ? ` [${flags}]` : ''}`,
    );
    r.transfers.filter((t) => t.afterLeg === k).forEach((t) => lines.push(transferLine(net, t)));
  });
  if (r.plannedLinks.length) lines.push(`  not yet operational: ${r.plannedLinks.join(', ')}`);
  return lines;
}

export function formatPlan(net: Network, result: PlanResult): string {
  if (!result.ok) return `No route (${result.code}): ${result.reason}\n`;
  const q = result.query;
  const settings = [
    q.by === 'time' ? 'fastest' : 'shortest',
    q.includePlanned ? 'with planned links' : 'operational network',
    q.modes.length < 4 ? `modes ${q.modes.join(', ')}` : 'all modes',
    q.avoid.length ? `avoiding ${q.avoid.join(', ')}` : '',
    q.month ? `month ${q.month}` : '',
    SERVICE_WORDS[q.service],
  ].filter(Boolean);
  const via = q.via.length ? ` via ${q.via.map((v) => name(net, v)).join(', ')}` : '';
  const head = `${name(net, q.from)} → ${name(net, q.to)}${via} · ${settings.join(' · ')}`;
  const blocks = result.routes.map((r, i) => routeBlock(net, r, i, result.routes.length).join('\n'));
  const a = result.plannedAround;
  const around = a ? [`Entry ban: ${banText(a)}; planned without ${a.avoided}.`] : [];
  return [head, ...around, '', blocks.join('\n\n'), ''].join('\n');
}
