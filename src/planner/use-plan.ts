// The planner's answer for the current plan: the network is built once per data load, and the answer is computed
// once per question (several components ask for it in the same render; the planner takes milliseconds).
import { t } from '../i18n';
import { useEffect } from 'react';
import { useNetworkDataset as useDataset } from '../data/dataset';
import type { Dataset } from '../data/schema';
import { buildNetwork, planRoutes, planSeaRoute, type Network, type PlanResult, type Route } from '../routing';
import { useAppStore } from '../store';
import { planQuery, type RoutePlan } from '../store/route-slice';
import { echo } from '../store/url';

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
 * What to tell the reader when a link's `alt` names a route this plan does not have: the notice's message and its
 * values, or null when the choice is in range (or the answer is still being computed). The link's value is echoed
 * as the notices of other link keys echo theirs.
 */
export function choiceOutOfRange(
  plan: RoutePlan,
  result: PlanResult | null,
): { key: 'routeAltMissing' | 'routeAltOnly' | 'routeAltNoRoute'; vars: { param: string; last: number } } | null {
  if (!result || plan.choice === 0) return null;
  const routes = result.ok ? result.routes.length : 0;
  if (plan.choice < routes) return null;
  const vars = { param: echo(`alt=${plan.choice}`), last: routes - 1 };
  if (routes === 0) return { key: 'routeAltNoRoute', vars };
  return { key: routes === 1 ? 'routeAltOnly' : 'routeAltMissing', vars };
}

/**
 * A link's `alt` beyond the alternatives this plan has: the best route is shown, the link is corrected, and the
 * reader is told. Mounted once, beside the planner's other state.
 */
export function useChoiceInRange(): void {
  const { result, plan } = usePlan();
  const notice = choiceOutOfRange(plan, result);
  const key = notice?.key;
  const param = notice?.vars.param ?? '';
  const last = notice?.vars.last ?? 0;
  useEffect(() => {
    if (!key) return;
    const s = useAppStore.getState();
    s.notify('info', t(s.lang, key, { param, last }), 'alt');
    s.chooseRoute(0);
  }, [key, param, last]);
}
