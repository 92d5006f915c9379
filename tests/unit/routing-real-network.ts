// Shared by the tests that ask the planner questions: the route network built from the real data in geo/, and the
// best route for a question on any network, with the reason in the error when there is none.
import { loadGeoDataset, ROUTING_FILES } from '../../src/data/load-node';
import { buildNetwork, planRoutes, type Network, type Route, type RouteQuery } from '../../src/routing';

export function realNetwork(): Network {
  const loaded = loadGeoDataset('geo', ROUTING_FILES);
  if (!loaded.ok) throw new Error(loaded.message);
  return buildNetwork(loaded.data);
}

export function bestRoute(net: Network, q: RouteQuery): Route {
  const plan = planRoutes(net, { alternatives: 0, ...q });
  if (!plan.ok) throw new Error(`no route ${q.from} → ${q.to}: ${plan.reason}`);
  return plan.routes[0]!;
}
