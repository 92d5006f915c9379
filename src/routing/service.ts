// The network as a service class sees it. The class changes only waits (rail crossings, gauge changes, Caspian ferry
// berths), so the derived network shares the legs and differs in node dwell and parameters; it is made once per
// network and class, and the search and route summary then read it as they read any network.
import type { DwellParam, RoutingParams, ServiceClass, ServiceClassParam } from './param-types';
import type { Hours, NetNode, Network } from './types';

export const DEFAULT_SERVICE: ServiceClass = 'block';

const derived = new WeakMap<Network, Map<ServiceClass, Network>>();

/** The network for a service class: the same network for a class that changes nothing. */
export function serviceNetwork(net: Network, service: ServiceClass = DEFAULT_SERVICE): Network {
  const p = net.params.service[service];
  if (p.waits === 'typical' && !p.railCrossing) return net;
  let byClass = derived.get(net);
  if (!byClass) derived.set(net, (byClass = new Map()));
  let out = byClass.get(service);
  if (!out) {
    out = { ...net, nodes: net.nodes.map((n) => serviceNode(net.params, n, p)), params: serviceParams(net.params, p) };
    byClass.set(service, out);
  }
  return out;
}

const fastest = (h: Hours): Hours => ({ min: h.min, typical: h.min, max: h.max });

/** A dwell raised to at least `floor`'s typical and max (the average train waits at least that long). */
const atLeast = (h: Hours, floor: Hours): Hours => ({
  min: h.min,
  typical: Math.max(h.typical, floor.typical),
  max: Math.max(h.max, floor.max),
});

const isRailCrossing = (n: NetNode) => n.kind === 'border_crossing' && n.modes.includes('rail');

const inUnion = (params: RoutingParams, n: NetNode) =>
  n.countries.length === 2 && params.customsUnions.some((u) => n.countries.every((c) => u.countries.includes(c)));

function serviceNode(params: RoutingParams, n: NetNode, p: ServiceClassParam): NetNode {
  if (!n.dwell || !isRailCrossing(n)) return n;
  const floor = p.railCrossing;
  let dwell = p.waits === 'fastest' ? fastest(n.dwell) : n.dwell;
  if (floor && !inUnion(params, n)) dwell = atLeast(dwell, floor.value);
  if (dwell === n.dwell) return n;
  const sources = [...new Set([...(n.dwellSources ?? n.sources), ...p.sources])];
  return { ...n, dwell, dwellSources: sources };
}

function withValue(d: DwellParam, value: Hours, sources: string[]): DwellParam {
  return { ...d, value, sources: [...new Set([...d.sources, ...sources])] };
}

function serviceParams(params: RoutingParams, p: ServiceClassParam): RoutingParams {
  const d = { ...params.dwell };
  if (p.waits === 'fastest') {
    d.borderRail = withValue(d.borderRail, fastest(d.borderRail.value), p.sources);
    d.gaugeChange = withValue(d.gaugeChange, fastest(d.gaugeChange.value), p.sources);
    d.ferryBoard = withValue(d.ferryBoard, fastest(d.ferryBoard.value), p.sources);
  }
  if (p.railCrossing) {
    // A crossing without its own dwell pays the border dwell on arrival and, where the gauge changes, the gauge
    // change on top: the border's part is the average less the typical gauge change, so the two together make it.
    const floor = p.railCrossing.value;
    const part = (x: number) => Math.max(0, x - d.gaugeChange.value.typical);
    const border = { min: part(floor.min), typical: part(floor.typical), max: part(floor.max) };
    d.borderRail = withValue(d.borderRail, atLeast(d.borderRail.value, border), p.railCrossing.sources);
  }
  return { ...params, dwell: d };
}
