// A route never travels the same leg twice. The staged search alone may: asked for Bely Rast → Shanghai via
// Arkhangelsk it goes to Arkhangelsk by rail and straight back on the same track when that is quicker than the sea
// leg. Keeping the legs used so far in the search state would make it exponential, so the check comes after: a
// path with no repeated leg is the answer as it stands (so every such query answers as before); otherwise each
// stage is searched in turn with the legs of the earlier stages closed, leaving the via stop on the carrier it
// arrived on, so a change of carrier there costs its dwell like anywhere else.
import type { CostModel } from './costs';
import { searchStages, type Path, type Step } from './search';
import type { Network } from './types';

export const repeatsALeg = (steps: Step[]): boolean => {
  const seen = new Set<number>();
  for (const s of steps) {
    if (s.kind !== 'leg') continue;
    if (seen.has(s.segment)) return true;
    seen.add(s.segment);
  }
  return false;
};

/** The carrier a path ends on: its last leg's. */
function arrivalCarrier(net: Network, steps: Step[]): number {
  for (let i = steps.length - 1; i >= 0; i--) {
    const s = steps[i]!;
    if (s.kind === 'leg') return net.segments[s.segment]!.carrier;
  }
  return -1;
}

/** Stage by stage, each one kept off the legs the earlier ones used; null when some stage then has no way on. */
function stageByStage(net: Network, cm: CostModel, stops: number[]): Path | null {
  const closed = Float64Array.from(cm.segCost);
  const steps: Step[] = [];
  let cost = 0;
  let settled = 0;
  let carrier = -1;
  for (let k = 0; k + 1 < stops.length; k++) {
    const part = searchStages(net, { ...cm, segCost: closed }, [stops[k]!, stops[k + 1]!], carrier);
    if (!part) return null;
    cost += part.cost;
    settled += part.settled;
    steps.push(...part.steps);
    for (const s of part.steps) if (s.kind === 'leg') closed[s.segment] = Infinity;
    carrier = arrivalCarrier(net, steps);
  }
  return { cost, steps, settled };
}

/**
 * The cheapest path through `stops` in order that travels no leg twice, or null when there is none. Where the only
 * way through a via stop is back along the leg that reached it (a dead-end terminal), the route does go back: that
 * is what the person asked for, and answering "no route" would be wrong.
 */
export function shortestPath(net: Network, cm: CostModel, stops: number[]): Path | null {
  const best = searchStages(net, cm, stops);
  if (!best || !repeatsALeg(best.steps)) return best;
  const staged = stageByStage(net, cm, stops);
  return staged && !repeatsALeg(staged.steps) ? staged : best;
}
