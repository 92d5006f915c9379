// Why there is no route: the search is run again with one constraint relaxed at a time (avoided countries,
// the operational-only scenario, the month, the allowed modes). The constraints whose relaxation opens a route
// are the cause, and the route that then appears tells which country, crossing or seasonal leg is in the way.
import { buildCosts, inSeason, type Filters } from './costs';
import { nameOf } from './query';
import { shortestPath } from './search';
import { summarise } from './summary';
import { TRANSPORT_MODES, type FailureCode, type Network, type ResolvedQuery, type Route } from './types';

type Relaxation = 'avoid' | 'status' | 'season' | 'modes';

const CODES: Record<Relaxation, FailureCode> = {
  avoid: 'blocked_by_avoid',
  status: 'blocked_by_status',
  season: 'blocked_by_season',
  modes: 'blocked_by_modes',
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function relax(f: Filters, rs: Relaxation[]): Filters {
  return {
    modes: rs.includes('modes') ? [...TRANSPORT_MODES] : f.modes,
    avoid: rs.includes('avoid') ? [] : f.avoid,
    includePlanned: rs.includes('status') ? true : f.includePlanned,
    month: rs.includes('season') ? undefined : f.month,
  };
}

function routeUnder(net: Network, q: ResolvedQuery, f: Filters, stops: number[]): Route | undefined {
  const path = shortestPath(net, buildCosts(net, f, q.by), stops);
  return path ? summarise(net, path, stops) : undefined;
}

const nodeName = (net: Network, id: string) => nameOf(net, net.nodeIndex.get(id)!);

function describe(net: Network, q: ResolvedQuery, f: Filters, stops: number[], r: Relaxation, route: Route): string {
  if (r === 'avoid') {
    const each = f.avoid.filter((c) => routeUnder(net, q, { ...f, avoid: f.avoid.filter((x) => x !== c) }, stops));
    const crossed = f.avoid.filter((c) => route.countries.includes(c));
    return each.length
      ? `every route crosses an avoided country (${each.join(' or ')})`
      : `every route crosses several avoided countries (${crossed.join(', ')})`;
  }
  if (r === 'season') {
    const closed = route.seasonal.filter((s) => !inSeason(f.month!, s.season));
    const parts = closed.map((s) => {
      const seg = net.segments[net.segmentIndex.get(s.segment)!]!;
      const corridor =
        seg.corridors.map((id) => net.corridors.get(id)).find((c) => c?.season) ?? net.corridors.get(seg.corridors[0]!);
      const name = corridor?.names.en ?? seg.names?.en ?? seg.id;
      return `the ${name} leg runs ${MONTHS[s.season.from - 1]}–${MONTHS[s.season.to - 1]}; month ${f.month} is outside`;
    });
    return [...new Set(parts)].join('; ');
  }
  if (r === 'modes') {
    const extra = [...new Set(route.legs.map((l) => l.mode))].filter((m) => !f.modes.includes(m));
    const leg = route.legs.find((l) => extra.includes(l.mode))!;
    return `no route by ${f.modes.join('/')} alone; one exists using ${extra.join('/')} (${nodeName(net, leg.from)} → ${nodeName(net, leg.to)})`;
  }
  return describeStatus(net, f, route);
}

/** Names the first link that is not open today, and the border it would open when it is a crossing. */
function describeStatus(net: Network, f: Filters, route: Route): string {
  const node = (id: string) => net.nodes[net.nodeIndex.get(id)!]!;
  const leg = route.legs.find(
    (l) => l.status !== 'operational' || [l.from, l.to].some((id) => node(id).status !== 'operational'),
  )!;
  const seg = net.segments[net.segmentIndex.get(leg.segment)!]!;
  const crossing = [node(leg.from), node(leg.to)].find((n) => n.kind === 'border_crossing');
  const link =
    seg.status !== 'operational' ? seg : [node(leg.from), node(leg.to)].find((n) => n.status !== 'operational')!;
  const linkName =
    'names' in link && link.names ? link.names.en : `${node(leg.from).names.en} – ${node(leg.to).names.en}`;
  const when = link.planned ? `, opening ${link.planned}` : '';
  const what = `${linkName} (${link.status.replace('_', ' ')}${when})`;
  const modes = f.modes.length < TRANSPORT_MODES.length ? `${f.modes.join('/')} ` : '';
  if (crossing) {
    const [a, b] = crossing.sides?.map((s) => s.country) ?? crossing.countries;
    return `no operational ${modes}crossing between ${a} and ${b} in the chosen scenario; with planned links the route runs via ${crossing.names.en}: ${what}`;
  }
  return `no operational ${modes}route in the chosen scenario; it needs ${what}`;
}

export function explainFailure(net: Network, q: ResolvedQuery, stops: number[]): { code: FailureCode; reason: string } {
  const f: Filters = { modes: q.modes, avoid: q.avoid, includePlanned: q.includePlanned, month: q.month };
  const applicable: Relaxation[] = [];
  if (q.avoid.length) applicable.push('avoid');
  if (!q.includePlanned) applicable.push('status');
  if (q.month !== undefined) applicable.push('season');
  if (q.modes.length < TRANSPORT_MODES.length) applicable.push('modes');
  const open = (rs: Relaxation[]) => routeUnder(net, q, relax(f, rs), stops);
  const singles = applicable.flatMap((r) => {
    const route = open([r]);
    return route ? [{ r, text: describe(net, q, f, stops, r, route) }] : [];
  });
  if (singles.length === 1) return { code: CODES[singles[0]!.r], reason: singles[0]!.text };
  if (singles.length > 1)
    return {
      code: 'blocked_by_several',
      reason: `no route with all these settings; any one change opens one: ${singles.map((s) => s.text).join('; or ')}`,
    };
  for (const set of subsets(applicable).filter((s) => s.length > 1)) {
    const route = open(set);
    if (route) {
      const texts = set.map((r) =>
        describe(
          net,
          q,
          relax(
            f,
            set.filter((x) => x !== r),
          ),
          stops,
          r,
          route,
        ),
      );
      return { code: 'blocked_by_several', reason: `no route unless several settings change: ${texts.join('; and ')}` };
    }
  }
  const via = q.via.length ? ` via ${q.via.map((id) => nodeName(net, id)).join(', ')}` : '';
  return {
    code: 'unreachable',
    reason: `no connection between ${nodeName(net, q.from)} and ${nodeName(net, q.to)}${via} in the network data`,
  };
}

/** All subsets, smallest first. */
function subsets<T>(xs: T[]): T[][] {
  const all: T[][] = [[]];
  for (const x of xs) all.push(...all.map((s) => [...s, x]));
  return all.sort((a, b) => a.length - b.length);
}
