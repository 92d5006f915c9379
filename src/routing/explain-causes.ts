// What stands in the way of a route, read off the route that appears once one setting is relaxed: as data (a
// Cause) and in English words. The explanation loop is in explain.ts.
import { inSeason, type Filters } from './costs';
import { TRANSPORT_MODES, type Cause, type Network, type Route } from './types';
import { banText } from './entry-bans';

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

export type Relaxation = 'avoid' | 'status' | 'season' | 'modes';

/** `opensAlone` says which avoided countries, dropped on their own, would let a route through. */
export function causeOf(net: Network, f: Filters, r: Relaxation, route: Route, opensAlone: string[]): Cause {
  if (r === 'avoid') {
    const crossed = f.avoid.filter((c) => route.countries.includes(c));
    return opensAlone.length
      ? { kind: 'avoid', countries: opensAlone, together: false }
      : { kind: 'avoid', countries: crossed, together: true };
  }
  if (r === 'season') {
    const legs = route.seasonal
      .filter((s) => !inSeason(f.month!, s.season))
      .map((s) => {
        const seg = net.segments[net.segmentIndex.get(s.segment)!]!;
        // Named by its corridor only when the whole corridor runs in a season; a seasonal pass on a corridor that
        // runs all year (the road over Kulma) is named as the leg.
        const corridor = seg.corridors.find((id) => net.corridors.get(id)?.season);
        return corridor ? { segment: s.segment, corridor, season: s.season } : { segment: s.segment, season: s.season };
      });
    return { kind: 'season', month: f.month!, legs };
  }
  if (r === 'modes') {
    const needed = [...new Set(route.legs.map((l) => l.mode))].filter((m) => !f.modes.includes(m));
    return { kind: 'modes', allowed: f.modes, needed };
  }
  return statusCause(net, route);
}

/** The first link that is not open today, and the crossing it stands at, if any. */
function statusCause(net: Network, route: Route): Cause {
  const node = (id: string) => net.nodes[net.nodeIndex.get(id)!]!;
  const leg = route.legs.find(
    (l) => l.status !== 'operational' || [l.from, l.to].some((id) => node(id).status !== 'operational'),
  )!;
  const seg = net.segments[net.segmentIndex.get(leg.segment)!]!;
  const ends = [node(leg.from), node(leg.to)];
  const crossing = ends.find((n) => n.kind === 'border_crossing');
  const link = seg.status !== 'operational' ? seg : ends.find((n) => n.status !== 'operational')!;
  const [a, b] = crossing ? (crossing.sides?.map((s) => s.country) ?? crossing.countries) : [];
  return {
    kind: 'status',
    link: link.id,
    status: link.status,
    planned: link.planned,
    crossing: crossing?.id,
    countries: a && b ? [a, b] : undefined,
  };
}

const name = (net: Network, id: string): string => {
  const n = net.nodeIndex.get(id);
  if (n !== undefined) return net.nodes[n]!.names.en;
  const s = net.segments[net.segmentIndex.get(id)!]!;
  return s.names?.en ?? `${net.nodes[s.from]!.names.en} – ${net.nodes[s.to]!.names.en}`;
};

export function causeText(net: Network, c: Cause, f: Filters, route: Route): string {
  if (c.kind === 'avoid')
    return c.together
      ? `every route crosses several avoided countries (${c.countries.join(', ')})`
      : `every route crosses an avoided country (${c.countries.join(' or ')})`;
  if (c.kind === 'season') {
    const parts = c.legs.map((l) => {
      const title = (l.corridor && net.corridors.get(l.corridor)?.names.en) ?? name(net, l.segment);
      const window = `${MONTHS[l.season.from - 1]}–${MONTHS[l.season.to - 1]}`;
      return `the ${title} leg runs ${window}; month ${c.month} is outside`;
    });
    return [...new Set(parts)].join('; ');
  }
  if (c.kind === 'modes') {
    const leg = route.legs.find((l) => c.needed.includes(l.mode))!;
    const example = `${name(net, leg.from)} → ${name(net, leg.to)}`;
    return `no route by ${c.allowed.join('/')} alone; one exists using ${c.needed.join('/')} (${example})`;
  }
  if (c.kind === 'ban') return banText(c);
  const when = c.planned ? `, opening ${c.planned}` : '';
  const what = `${name(net, c.link)} (${c.status.replace('_', ' ')}${when})`;
  const modes = f.modes.length < TRANSPORT_MODES.length ? `${f.modes.join('/')} ` : '';
  if (c.crossing && c.countries) {
    const [a, b] = c.countries;
    return `no operational ${modes}crossing between ${a} and ${b} in the chosen scenario; with planned links the route runs via ${name(net, c.crossing)}: ${what}`;
  }
  return `no operational ${modes}route in the chosen scenario; it needs ${what}`;
}
