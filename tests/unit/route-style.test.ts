// The route's map layers: valid MapLibre style over the basemap and the atlas, drawn in the right place (above the
// corridors, under the places, markers on top), and coloured by carrier as the strip diagram is.
import {
  Color,
  featureFilter,
  latest,
  normalizePropertyExpression,
  validateStyleMin,
  type LayerSpecification,
  type StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Feature } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/data/indexes';
import { loadGeoDataset } from '../../src/data/load-node';
import { atlasTheme } from '../../src/layers/atlas-theme';
import { LEG_LAYERS } from '../../src/layers/corridor-style';
import { atlasOverlay } from '../../src/layers/overlay';
import { overlayData } from '../../src/layers/overlay-data';
import { PLACE_LAYERS } from '../../src/layers/place-style';
import { ROUTE_LAYERS, routeOverlay, routeTheme, withRouteLayers } from '../../src/layers/route-style';
import { embeddedStyle, type Overlay } from '../../src/map/style';
import { routeBounds, routeFeatures } from '../../src/planner/route-features';
import { buildNetwork, planRoutes, type Network, type Route } from '../../src/routing';
import { NO_FILTERS } from '../../src/store/filters-slice';

let net: Network;
let route: Route;
let atlas: Overlay;
beforeAll(() => {
  const loaded = loadGeoDataset('geo');
  if (!loaded.ok) throw new Error(loaded.message);
  net = buildNetwork(loaded.data);
  const plan = planRoutes(net, { from: 'xian', to: 'duisburg', avoid: ['RUS'], alternatives: 0 });
  if (!plan.ok) throw new Error(plan.reason);
  route = plan.routes[0]!;
  const data = overlayData(buildIndex(loaded.data), NO_FILTERS, atlasTheme);
  atlas = atlasOverlay({ theme: atlasTheme, data, selected: null, lang: 'en' }) as Overlay;
});

const withRoute = () => withRouteLayers(atlas, routeOverlay(routeFeatures(route, net))) as Overlay;
const style = (o: Overlay) =>
  embeddedStyle({ kind: 'embedded', tilesUrl: 'http://127.0.0.1/basemap/tiles/{z}/{x}/{y}.pbf' }, 'en', o);
const find = (o: Overlay, id: string) => o.layers.find((l) => l.id === id)! as LayerSpecification;

function evaluate(l: LayerSpecification, prop: string, properties: Record<string, unknown>) {
  const value = (l as unknown as { paint: Record<string, unknown> }).paint[prop];
  const spec = (latest as unknown as Record<string, Record<string, object>>)[`paint_${l.type}`]![prop]!;
  return normalizePropertyExpression(value as never, prop, spec as never).evaluate(
    { zoom: 5 },
    { type: 'LineString', properties },
  );
}

describe('the route on the map', () => {
  it('passes the MapLibre style specification over the basemap and the atlas', () => {
    expect(validateStyleMin(style(withRoute()) as StyleSpecification)).toEqual([]);
    const ids = style(withRoute()).layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('draws the casing above every corridor line and under the places, the markers above everything', () => {
    const ids = style(withRoute()).layers.map((l) => l.id);
    const at = (id: string) => ids.indexOf(id);
    expect(at(ROUTE_LAYERS.casing)).toBeGreaterThan(at(LEG_LAYERS.land));
    expect(at(ROUTE_LAYERS.casing)).toBeGreaterThan(at(LEG_LAYERS.water));
    expect(at(ROUTE_LAYERS.legs)).toBe(at(ROUTE_LAYERS.casing) + 1);
    expect(at(ROUTE_LAYERS.legs)).toBeLessThan(at(PLACE_LAYERS.circles));
    expect(at(ROUTE_LAYERS.transfers)).toBeGreaterThan(at(PLACE_LAYERS.circles));
    expect(at(ROUTE_LAYERS.stops)).toBeGreaterThan(at(PLACE_LAYERS.circles));
  });

  it('leaves the atlas overlay untouched without a route', () => {
    expect(withRouteLayers(atlas, null)).toBe(atlas);
  });

  it('has a line per leg, a marker per transfer and the two ends, each picked by its own layer', () => {
    const features = routeFeatures(route, net).features;
    const pick = (id: string) => {
      const filter = featureFilter((find(withRoute(), id) as unknown as { filter: never }).filter, 'filter');
      return features.filter((f: Feature) => filter.filter({ zoom: 5 }, { type: 'Point', properties: f.properties! }));
    };
    expect(pick(ROUTE_LAYERS.legs)).toHaveLength(route.legs.length);
    expect(pick(ROUTE_LAYERS.transfers)).toHaveLength(route.transfers.length);
    expect(pick(ROUTE_LAYERS.stops).map((f) => f.properties!.role)).toEqual(['origin', 'destination']);
    expect(pick(ROUTE_LAYERS.transfers).map((f) => f.properties!.role)).toContain('gauge_change');
  });

  it('colours each leg by its carrier: rail by gauge, then road, ferry and sea', () => {
    const legs = find(withRoute(), ROUTE_LAYERS.legs);
    const colour = (p: Record<string, unknown>) => (evaluate(legs, 'line-color', p) as Color).toString();
    const expected = (c: keyof typeof routeTheme.carriers) => Color.parse(routeTheme.carriers[c])!.toString();
    expect(colour({ mode: 'rail', gauge: 1520 })).toBe(expected('rail-1520'));
    expect(colour({ mode: 'rail', gauge: 1435 })).toBe(expected('rail-1435'));
    expect(colour({ mode: 'ferry', gauge: null })).toBe(expected('ferry'));
    expect(colour({ mode: 'sea', gauge: null })).toBe(expected('sea'));
    const dash = (status: string) => JSON.stringify(evaluate(legs, 'line-dasharray', { mode: 'rail', status }));
    expect(dash('operational')).toBe('[1,0]');
    expect(dash('under_construction')).not.toBe('[1,0]');
  });

  it('frames the whole route, from Xi’an in the east to Duisburg in the west', () => {
    const [w, s, e, n] = routeBounds(routeFeatures(route, net))!;
    expect(w).toBeLessThan(7);
    expect(e).toBeGreaterThan(108);
    expect(s).toBeLessThan(n);
  });
});
