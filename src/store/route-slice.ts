// The route plan: the one place the planner's question lives (typed in the Route tab, read from a link, or set
// by a story scene). The answer is not state: it is computed from the plan and the loaded data (src/planner).
import type { StateCreator } from 'zustand';
import type { ServiceClass } from '../routing/param-types';
import { TRANSPORT_MODES, type Criterion, type RouteQuery, type TransportMode } from '../routing/types';
import type { AppState } from './index';

export interface RoutePlan {
  /** Origin and destination as the reader gave them: a node id (chosen from suggestions) or any name. */
  from: string;
  to: string;
  via: readonly string[];
  by: Criterion;
  /** Modes allowed, in TRANSPORT_MODES order; never empty. */
  modes: readonly TransportMode[];
  /** ISO 3166-1 alpha-3 codes, and SUEZ for the Suez Canal and the Red Sea. */
  avoid: readonly string[];
  /** The scenario with planned and under-construction links ("if the CKU railway were finished"). */
  includePlanned: boolean;
  /** Month of departure 1–12, or null for any month. */
  month: number | null;
  /** The kind of train: dwell at rail crossings and ferry berths by class (routing/service.ts). */
  service: ServiceClass;
  /** Show the best sea route beside the answers. */
  compareSea: boolean;
  /** Which route found is shown: 0 the best, 1… the alternatives. */
  choice: number;
}

export const EMPTY_PLAN: RoutePlan = {
  from: '',
  to: '',
  via: [],
  by: 'time',
  modes: TRANSPORT_MODES,
  avoid: [],
  includePlanned: false,
  month: null,
  service: 'block',
  compareSea: false,
  choice: 0,
};

export type RouteOptions = Pick<
  RoutePlan,
  'by' | 'modes' | 'avoid' | 'includePlanned' | 'month' | 'service' | 'compareSea'
>;

export interface RouteSlice {
  routePlan: RoutePlan;
  /** Counts the reader's own changes to the plan: the map frames the route after each, not after a link or Back. */
  routeAsked: number;
  setRoutePlace: (role: 'from' | 'to', value: string) => void;
  setRouteVia: (via: readonly string[]) => void;
  setRouteOptions: (options: Partial<RouteOptions>) => void;
  swapRouteEnds: () => void;
  chooseRoute: (choice: number) => void;
  clearRoute: () => void;
  /** "Route from here" / "Route to here" from a place's details: opens the Route tab with the place filled in. */
  routeWithPlace: (role: 'from' | 'to', id: string) => void;
}

/** Modes in canonical order without repeats; all of them when none is left. */
export function normalModes(modes: readonly string[]): readonly TransportMode[] {
  const kept = TRANSPORT_MODES.filter((m) => modes.includes(m));
  return kept.length ? kept : TRANSPORT_MODES;
}

/** The planner's question for a plan, or null while origin or destination is missing. */
export function planQuery(plan: RoutePlan): RouteQuery | null {
  const from = plan.from.trim();
  const to = plan.to.trim();
  if (!from || !to) return null;
  return {
    from,
    to,
    via: plan.via.map((v) => v.trim()).filter(Boolean),
    by: plan.by,
    modes: [...plan.modes],
    avoid: [...plan.avoid],
    includePlanned: plan.includePlanned,
    month: plan.month ?? undefined,
    service: plan.service,
  };
}

/** A plan from a planner question (a story scene's route). */
export function planFromQuery(q: RouteQuery): RoutePlan {
  return {
    from: q.from,
    to: q.to,
    via: q.via ?? [],
    by: q.by ?? 'time',
    modes: normalModes(q.modes ?? []),
    avoid: [...new Set((q.avoid ?? []).map((c) => c.toUpperCase()))],
    includePlanned: q.includePlanned ?? false,
    month: q.month ?? null,
    service: q.service ?? 'block',
    compareSea: false,
    choice: 0,
  };
}

export const createRouteSlice: StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], RouteSlice> = (
  set,
) => {
  // Any change to the question shows the best route of the new answer.
  const ask = (change: (plan: RoutePlan) => Partial<RoutePlan>) =>
    set((s) => ({ routePlan: { ...s.routePlan, ...change(s.routePlan), choice: 0 }, routeAsked: s.routeAsked + 1 }));
  return {
    routePlan: EMPTY_PLAN,
    routeAsked: 0,
    setRoutePlace: (role, value) => ask(() => ({ [role]: value.trim() })),
    setRouteVia: (via) => ask(() => ({ via: via.map((v) => v.trim()).filter(Boolean) })),
    setRouteOptions: (options) =>
      ask(() => ({
        ...options,
        ...(options.modes ? { modes: normalModes(options.modes) } : {}),
        ...(options.avoid ? { avoid: [...new Set(options.avoid)] } : {}),
      })),
    swapRouteEnds: () => ask((p) => ({ from: p.to, to: p.from, via: [...p.via].reverse() })),
    chooseRoute: (choice) => set((s) => ({ routePlan: { ...s.routePlan, choice }, routeAsked: s.routeAsked + 1 })),
    clearRoute: () => set({ routePlan: EMPTY_PLAN }),
    routeWithPlace: (role, id) =>
      set((s) => ({
        routePlan: { ...s.routePlan, [role]: id, choice: 0 },
        routeAsked: s.routeAsked + 1,
        panelView: 'route',
        panelOpen: true,
      })),
  };
};
