// The planner's answer for the current plan: the network is built once per data load, and the answer is computed
// once per question (several components ask for it in the same render; the planner takes milliseconds).
import { t } from '../i18n';
import { useEffect } from 'react';
import { useRoutingDataset as useDataset } from '../data/dataset';
import type { Dataset } from '../data/schema';
import { buildNetwork, planRoutes, planSeaRoute, type Network, type PlanResult, type Route } from '../routing';
import { useAppStore } from '../store';
import { planQuery, type RoutePlan } from '../store/route-slice';

const networks = new WeakMap<Dataset, Network>();

export function networkFor(data: Dataset): Network {
  let net = networks.get(data);
  if (!net) {
    net = buildNetwork(data);
    networks.set(data, net);
  }
  return net;
}

/** Each network's latest question and answer: a cache of one, keyed by the data it was planned on. */
const answers = new WeakMap<Network, { key: string; result: PlanResult | null }>();

/** The answer to a plan, or null while origin or destination is missing. Never throws. */
export function answerFor(net: Network, plan: RoutePlan): PlanResult | null {
  const query = planQuery(plan);
  const key = JSON.stringify([query, plan.compareSea]);
  const last = answers.get(net);
  if (last?.key === key) return last.result;
  let result: PlanResult | null = null;
  if (query) {
    try {
      result = withSea(net, planRoutes(net, query), plan.compareSea ? query : null);
    } catch (err) {
      // The engine promises answers, not exceptions; should one escape, the reader still gets words.
      console.warn('route planner failed', err);
      result = { ok: false, code: 'unreachable', reason: String(err) };
    }
  }
  answers.set(net, { key, result });
  return result;
}

/** The answer with the best sea route added last ("compare with sea"), unless it is one of the routes already. */
function withSea(net: Network, result: PlanResult, query: Parameters<typeof planSeaRoute>[1] | null): PlanResult {
  if (!query || !result.ok) return result;
  const sea = planSeaRoute(net, query);
  if (!sea.ok || result.routes.some((r) => r.id === sea.route.id)) return result;
  return { ...result, routes: [...result.routes, sea.route] };
}

export interface PlanState {
  net: Network | null;
  plan: RoutePlan;
  result: PlanResult | null;
  /** The route shown: the chosen alternative, or the best when the choice is out of range. */
  chosen: Route | null;
  chosenIndex: number;
}

export function planState(net: Network | null, plan: RoutePlan): PlanState {
  const result = net ? answerFor(net, plan) : null;
  const routes = result?.ok ? result.routes : [];
  const chosenIndex = plan.choice < routes.length ? plan.choice : 0;
  return { net, plan, result, chosen: routes[chosenIndex] ?? null, chosenIndex };
}

export function usePlan(): PlanState {
  const dataset = useDataset();
  const plan = useAppStore((s) => s.routePlan);
  const net = dataset.status === 'ready' ? networkFor(dataset.data) : null;
  return planState(net, plan);
}

/**
 * A link's `alt` beyond the alternatives this plan has: the best route is shown, the link is corrected, and the
 * reader is told. Mounted once, beside the planner's other state.
 */
export function useChoiceInRange(): void {
  const { result, plan } = usePlan();
  const routes = result?.ok ? result.routes.length : 0;
  useEffect(() => {
    if (!routes || plan.choice < routes) return;
    const s = useAppStore.getState();
    s.notify('info', t(s.lang, 'routeAltMissing', { alt: plan.choice, count: routes - 1 }), 'alt');
    s.chooseRoute(0);
  }, [routes, plan.choice]);
}
