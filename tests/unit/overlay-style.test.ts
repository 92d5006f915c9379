import {
  Color,
  featureFilter,
  latest,
  normalizePropertyExpression,
  validateStyleMin,
  type FilterSpecification,
  type LayerSpecification,
  type StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/data/indexes';
import { LANGS } from '../../src/data/schema';
import { atlasTheme } from '../../src/layers/atlas-theme';
import { LEG_LAYERS } from '../../src/layers/corridor-style';
import { atlasOverlay, INTERACTIVE_LAYERS } from '../../src/layers/overlay';
import { overlayData } from '../../src/layers/overlay-data';
import { PLACE_LAYERS } from '../../src/layers/place-style';
import { embeddedStyle, featureDiff } from '../../src/map/style';
import { NO_FILTERS, type Filters } from '../../src/store/filters-slice';
import { exploreDataset } from './fixtures/explore';

const index = buildIndex(exploreDataset());
const data = (f: Partial<Filters> = {}) => overlayData(index, { ...NO_FILTERS, ...f }, atlasTheme);
const overlay = (selected: string | null = null, lang: (typeof LANGS)[number] = 'en', f: Partial<Filters> = {}) =>
  atlasOverlay({ theme: atlasTheme, data: data(f), selected, lang });
const fullStyle = (o = overlay()) =>
  embeddedStyle({ kind: 'embedded', tilesUrl: 'http://127.0.0.1/basemap/tiles/{z}/{x}/{y}.pbf' }, 'en', o);

type AnyLayer = LayerSpecification & { filter?: FilterSpecification; layout?: Record<string, unknown> };
const layer = (o: ReturnType<typeof overlay>, id: string) => o.layers.find((l) => l.id === id)! as AnyLayer;
type Props = Record<string, unknown>;

/** The value MapLibre computes for a paint or layout property of a layer, for one feature at one zoom. */
function evaluate(l: LayerSpecification, group: 'paint' | 'layout', prop: string, zoom: number, properties: Props) {
  const value = (l as unknown as Record<string, Record<string, unknown>>)[group]![prop];
  const spec = (latest as unknown as Record<string, Record<string, object>>)[`${group}_${l.type}`]![prop]!;
  const expr = normalizePropertyExpression(value as never, prop, spec as never);
  return expr.evaluate({ zoom }, { type: 'LineString', properties });
}

const legProps = (id: string, corridor?: string): Props =>
  data().legs.features.find((f) => f.properties!.id === id && (!corridor || f.properties!.corridor === corridor))!
    .properties!;

describe('the atlas style', () => {
  it('passes the MapLibre style specification over the basemap, in every language, with a selection and filters', () => {
    for (const lang of LANGS)
      expect(validateStyleMin(fullStyle(overlay('khorgos', lang)) as StyleSpecification)).toEqual([]);
    expect(
      validateStyleMin(fullStyle(overlay(null, 'en', { corridors: [], year: 2000 })) as StyleSpecification),
    ).toEqual([]);
  });

  it('has unique layer ids across basemap and atlas, and every interactive layer exists', () => {
    const ids = fullStyle().layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of INTERACTIVE_LAYERS) expect(ids).toContain(id);
  });

  it('uses only valid colours, in the theme and in every corridor', () => {
    const colours: string[] = [];
    const walk = (v: unknown) => {
      if (typeof v === 'string' && /^(#|rgb)/.test(v)) colours.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(atlasTheme);
    walk(overlay().layers);
    for (const c of index.data.corridors) colours.push(c.colour);
    expect(colours.length).toBeGreaterThan(30);
    expect(colours.filter((c) => !Color.parse(c))).toEqual([]);
  });

  it('gives every drawn leg the colour of a corridor it belongs to', () => {
    const corridorColours = new Map(index.data.corridors.map((c) => [c.id, c.colour]));
    for (const f of data().legs.features.filter((f) => f.properties!.status !== 'suspended'))
      expect(f.properties!.colour).toBe(corridorColours.get(f.properties!.corridor as string));
  });

  it('draws a leg shared by two corridors as two lanes either side of the track', () => {
    const lanes = data().legs.features.filter((f) => f.properties!.id === 'khorgos-almaty');
    expect(lanes.map((f) => [f.properties!.corridor, f.properties!.shift])).toEqual([
      ['cre', -0.5],
      ['titr', 0.5],
    ]);
    // With one of the two filtered out, the other runs on the track itself.
    const one = data({ corridors: ['titr'] }).legs.features.filter((f) => f.properties!.id === 'khorgos-almaty');
    expect(one.map((f) => f.properties!.shift)).toEqual([0]);
  });

  it('draws roads narrower than rail, plans dashed and fainter, schematic paths thinner', () => {
    const land = layer(overlay(), LEG_LAYERS.land);
    const width = (p: Props) => evaluate(land, 'paint', 'line-width', 6, p) as number;
    const rail = legProps('almaty-aktau');
    expect(width({ ...rail, mode: 'road' })).toBeLessThan(width(rail));
    expect(width({ ...rail, schematic: true })).toBeLessThan(width(rail));
    const planned = { ...rail, status: 'planned', future: true };
    expect(evaluate(land, 'paint', 'line-opacity', 6, planned)).toBeLessThan(
      evaluate(land, 'paint', 'line-opacity', 6, rail),
    );
    const dashOf = (p: Props) => JSON.stringify(evaluate(land, 'paint', 'line-dasharray', 6, p));
    expect(dashOf(rail)).toBe('[1,0]');
    expect(dashOf(planned)).not.toBe(dashOf(rail));
  });

  it('draws a road digitised through named points as it draws a traced one; only schematic paths are thinner', () => {
    const drawnAs = (precision: 'traced' | 'digitised' | 'schematic') => {
      const ds = exploreDataset();
      const leg = ds.segments.find((f) => f.properties.id === 'almaty-aktau')!;
      leg.properties = { ...leg.properties, mode: 'road', gauge: undefined, precision };
      const legs = overlayData(buildIndex(ds), NO_FILTERS, atlasTheme).legs.features;
      return legs.find((f) => f.properties!.id === 'almaty-aktau')!.properties!;
    };
    const land = layer(overlay(), LEG_LAYERS.land);
    const width = (p: Props) => evaluate(land, 'paint', 'line-width', 6, p) as number;
    expect(width(drawnAs('digitised'))).toBe(width(drawnAs('traced')));
    expect(width(drawnAs('schematic'))).toBeLessThan(width(drawnAs('digitised')));
  });

  it('tells a planned line from a road at a glance: roads are solid with a dark casing, only plans are dashed', () => {
    const land = layer(overlay(), LEG_LAYERS.land);
    const casing = layer(overlay(), LEG_LAYERS.casing);
    const rail = legProps('almaty-aktau');
    const road = { ...rail, mode: 'road' };
    const dashOf = (p: Props) => JSON.stringify(evaluate(land, 'paint', 'line-dasharray', 6, p));
    expect(dashOf(road)).toBe('[1,0]');
    expect(dashOf({ ...rail, status: 'planned', future: true })).not.toBe('[1,0]');
    const casingOf = (p: Props) => (evaluate(casing, 'paint', 'line-color', 6, p) as Color).toString();
    expect(casingOf(road)).not.toBe(casingOf(rail));
    expect(Color.parse(casingOf(road))!.r).toBeLessThan(0.5);
  });

  it('draws sea lanes as round dots and ferries as long dashes', () => {
    const water = layer(overlay(), LEG_LAYERS.water);
    const ferry = legProps('aktau-baku');
    expect(evaluate(water, 'layout', 'line-cap', 6, ferry)).toBe('round');
    expect(evaluate(water, 'paint', 'line-dasharray', 6, { ...ferry, mode: 'sea' })).toEqual([0, 1.8]);
    expect(evaluate(water, 'paint', 'line-dasharray', 6, ferry)).toEqual([3, 1.6]);
  });

  it('draws a planned crossing as a hollow ring and an open one filled', () => {
    const circles = layer(overlay(), PLACE_LAYERS.circles);
    const place = (id: string) => data().places.features.find((f) => f.properties!.id === id)!.properties!;
    const fill = (id: string) => (evaluate(circles, 'paint', 'circle-color', 6, place(id)) as Color).toString();
    expect(fill('khorgos')).toBe(Color.parse(atlasTheme.node.border_crossing.fill)!.toString());
    expect(fill('muzart')).toBe(Color.parse(atlasTheme.planFill)!.toString());
  });

  it('highlights the selected record by filter: a place, or every lane of a selected corridor', () => {
    const matches = (selected: string, id: string, fc: 'legs' | 'places', layerId: string) => {
      const f = data()[fc].features.filter((x) => x.properties!.id === id);
      const filter = featureFilter(layer(overlay(selected), layerId).filter, 'filter');
      return f.map((x) => filter.filter({ zoom: 5 }, { type: 'Point', properties: x.properties! }));
    };
    expect(matches('khorgos', 'khorgos', 'places', PLACE_LAYERS.highlight)).toEqual([true]);
    expect(matches('khorgos', 'almaty', 'places', PLACE_LAYERS.highlight)).toEqual([false]);
    expect(matches('titr', 'khorgos-almaty', 'legs', LEG_LAYERS.highlight)).toEqual([false, true]);
  });

  it("labels places in the reader's language", () => {
    const field = JSON.stringify(layer(overlay(null, 'ru'), PLACE_LAYERS.labels).layout!['text-field']);
    expect(field).toContain('name_ru');
    expect(data().places.features.find((f) => f.properties!.id === 'khorgos')!.properties).toMatchObject({
      name_zh: '霍尔果斯',
      name_en: 'Khorgos',
      name_ru: 'Хоргос',
    });
  });

  it('leaves out of the sources what the filters hide', () => {
    const ids = (d: ReturnType<typeof data>) => d.places.features.map((f) => f.properties!.id).sort();
    expect(ids(data({ modes: ['ferry'] }))).toEqual(['aktau', 'baku']);
    expect(data({ year: 2000 }).projects.features).toEqual([]);
  });

  it('keeps the features a filter leaves as they were, so the map is sent only what it hides or shows', () => {
    const all = data();
    const ferries = data({ modes: ['ferry'] });
    // Hiding adds nothing: every leg and place still shown is the same object, with the same id as before.
    const legs = featureDiff(all.legs, ferries.legs);
    const places = featureDiff(all.places, ferries.places);
    expect(legs?.add).toEqual([]);
    expect(places?.add).toEqual([]);
    expect(legs?.remove).toHaveLength(all.legs.features.length - ferries.legs.features.length);
    expect(places?.remove).toHaveLength(all.places.features.length - 2);
    for (const f of ferries.legs.features) expect(all.legs.features).toContain(f);
    // Showing everything again gives back the same features, and a click that changes nothing the same collections.
    const again = data();
    const shown = featureDiff(ferries.legs, again.legs)?.add ?? [];
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((f) => all.legs.features.includes(f))).toBe(true);
    expect(data()).toEqual(again);
    expect(data().legs).toBe(again.legs);
    expect(data().places).toBe(again.places);
    // A leg whose look changes (another status in an earlier year) is a new feature with a new id.
    const before = data({ year: 2000 }).legs.features;
    const ids = new Set(all.legs.features.map((f) => f.id));
    expect(before.some((f) => !ids.has(f.id))).toBe(true);
    expect(new Set([...all.legs.features, ...all.places.features].map((f) => f.id)).size).toBe(
      all.legs.features.length + all.places.features.length,
    );
  });
});
