// npm run route -- --from <place> --to <place> [options]: plans a container route on the data in geo/ and prints
// a table, JSON (--json) or the best route as CSV (the planner panel's, in English) or GeoJSON (--export). Exit 0
// with an answer (a route, or the reason there is none), 2 for a wrong question, 1 when the data cannot be read.
import { loadGeoDataset, ROUTING_FILES } from '../src/data/load-node';
import { loadToolStrings } from '../src/i18n';
import { routeToPanelCsv } from '../src/planner/route-csv';
import { buildNetwork, formatPlan, planRoutes, routeToGeoJSON } from '../src/routing';
import { BAD_INPUT, parseRouteArgs, ROUTE_USAGE } from '../src/routing/cli';

async function main(argv: string[]): Promise<number> {
  const parsed = parseRouteArgs(argv);
  if (!parsed.ok) {
    const help = parsed.message === ROUTE_USAGE;
    process.stderr.write(help ? `${ROUTE_USAGE}\n` : `route: ${parsed.message}\n${ROUTE_USAGE}\n`);
    return help ? 0 : 2;
  }
  const { query, json, export: exportAs, dataDir } = parsed.args;
  const loaded = loadGeoDataset(dataDir, ROUTING_FILES);
  if (!loaded.ok) {
    process.stderr.write(`route: cannot read the data: ${loaded.message}\n`);
    return 1;
  }
  const net = buildNetwork(loaded.data);
  const plan = planRoutes(net, query);
  const bad = !plan.ok && BAD_INPUT.includes(plan.code);
  if (json) process.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
  else if (plan.ok && exportAs === 'csv') {
    // The panel's CSV names its columns and rows with the app's English strings, which load on demand.
    await loadToolStrings('en');
    process.stdout.write(routeToPanelCsv(plan.routes[0]!, 0, net, 'en'));
  } else if (plan.ok && exportAs === 'geojson')
    process.stdout.write(`${JSON.stringify(routeToGeoJSON(plan.routes[0]!, net))}\n`);
  else if (bad && !plan.ok) process.stderr.write(`route: ${plan.reason}\n`);
  else process.stdout.write(formatPlan(net, plan));
  return bad ? 2 : 0;
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
