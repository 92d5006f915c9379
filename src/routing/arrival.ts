// Trains from China that end in Central Asia. The China–Europe block trains cross Kazakhstan in transit, run through
// on the broad gauge; a train for a Central Asian station is cleared for import and split at the border yard, and its
// wagons are forwarded to their stations. The published journeys of such trains (2018–2025) take days longer than the
// through trains on the same lines, so a question from China to Central Asia sees a network whose rail crossings out
// of China carry that wait on top of their own dwell (params `dwell.centralAsiaArrival`). Westbound only: the
// measurements (CAREC's trains entering Kazakhstan, KTZ's onward delivery from Khorgos) are westbound.
import type { RoutingParams, ServiceClass } from './param-types';
import { addHours } from './timing';
import type { Hours, NetNode, Network } from './types';

/**
 * Where a train from China ends on the Central Asian railways: the five Central Asian countries, and Afghanistan
 * beyond them (Hairatan–Mazar-i-Sharif is an Uzbek-built broad-gauge line; the first China–Afghanistan train of 2016
 * ran under the headboard “Central Asia Trains”). Without Afghanistan a train to Mazar-i-Sharif would be planned
 * faster than one to Termez, on its way.
 */
export const CENTRAL_ASIA = ['KAZ', 'UZB', 'KGZ', 'TJK', 'TKM', 'AFG'];

const countries = (net: Network, stop: number): string[] => net.nodes[stop]?.countries ?? [];

/**
 * Whether a question asks for a journey from China to Central Asia (its first and last stops; a border crossing
 * counts for both its countries).
 */
export function endsInCentralAsia(net: Network, stops: readonly number[]): boolean {
  if (stops.length < 2) return false;
  const from = countries(net, stops[0]!);
  const to = countries(net, stops[stops.length - 1]!);
  return from.includes('CHN') && to.some((c) => CENTRAL_ASIA.includes(c));
}

/** A rail border crossing from China into Central Asia, where the wait is paid. */
export function isChinaExit(n: NetNode): boolean {
  return (
    n.kind === 'border_crossing' &&
    n.modes.includes('rail') &&
    n.countries.includes('CHN') &&
    n.countries.some((c) => CENTRAL_ASIA.includes(c))
  );
}

/** The wait a service class pays: an express train is cleared first and forwarded whole, so its least. */
export function arrivalWait(params: RoutingParams, service: ServiceClass): Hours {
  const v = params.dwell.centralAsiaArrival.value;
  return params.service[service].waits === 'fastest' ? { min: v.min, typical: v.min, max: v.max } : v;
}

const derived = new WeakMap<Network, Map<ServiceClass, Network>>();

/**
 * The network a question from China to Central Asia is planned on: the same legs, with the wait added at each rail
 * crossing out of China. Other questions get the network unchanged. Made once per network and service class. The wait
 * is added to a crossing's own dwell, which each such crossing has (Khorgos, Alashankou–Dostyk; a test holds every one
 * to it): a crossing without one would pay the default border dwell and no wait.
 */
export function arrivalNetwork(net: Network, stops: readonly number[], service: ServiceClass): Network {
  if (!endsInCentralAsia(net, stops)) return net;
  let byClass = derived.get(net);
  if (!byClass) derived.set(net, (byClass = new Map()));
  let out = byClass.get(service);
  if (!out) {
    const wait = arrivalWait(net.params, service);
    const sources = net.params.dwell.centralAsiaArrival.sources;
    const nodes = net.nodes.map((n) =>
      isChinaExit(n) && n.dwell
        ? {
            ...n,
            dwell: addHours(n.dwell, wait),
            dwellSources: [...new Set([...(n.dwellSources ?? n.sources), ...sources])],
          }
        : n,
    );
    out = { ...net, nodes };
    byClass.set(service, out);
  }
  return out;
}
