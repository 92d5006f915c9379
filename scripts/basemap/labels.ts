// Label points: one per country, one per named sea, gulf or strait, and one per large lake.
import type { MultiPolygon, Point, Polygon } from 'geojson';
import { countryNames } from './country-names';
import { labelPoint } from './label-point';
import type { Tiled } from './physical';
import { mapZoom, num, readRegion, str, withoutCutParts, type SourceFeature } from './source';
import { englishWaterName, WATER_NAMES } from './water-names';

function pointAt(feature: SourceFeature): Point {
  return { type: 'Point', coordinates: labelPoint(feature.geometry as Polygon | MultiPolygon) };
}

const byRankThenName = (a: Tiled, b: Tiled) =>
  num(a.properties.rank) - num(b.properties.rank) ||
  String(a.properties.name_en).localeCompare(String(b.properties.name_en));

/** Countries whose territory in the region is only a fringe (the western Aleutians): a label there misleads. */
const UNLABELLED = new Set(['USA']);

export function countryLabels(dir: string): Tiled[] {
  return withoutCutParts(readRegion(dir, 'ne_50m_admin_0_countries'))
    .filter((f) => !UNLABELLED.has(String(f.properties.ADM0_A3)))
    .map((f): Tiled => {
      const p = f.properties;
      const names = countryNames(String(p.ADM0_A3), String(p.ISO_A2), str(p.NAME) ?? String(p.ADM0_A3));
      return {
        type: 'Feature',
        geometry: pointAt(f),
        properties: {
          minzoom: mapZoom(p.MIN_LABEL, 5),
          ...names,
          iso_a3: String(p.ADM0_A3),
          rank: num(p.LABELRANK, 6),
        },
      };
    })
    .sort(byRankThenName);
}

function waterLabel(f: SourceFeature, kind: string, minzoom: number): Tiled | null {
  const raw = str(f.properties.name);
  if (!raw) return null;
  const nameEn = englishWaterName(raw);
  const [zh, ru] = WATER_NAMES[nameEn] ?? [];
  const point = pointAt(f);
  // The label must sit in the tiled region even when the sea reaches west of it.
  if ((point.coordinates[0] ?? 0) < -25) return null;
  return {
    type: 'Feature',
    geometry: point,
    properties: {
      minzoom,
      name_zh: zh,
      name_en: nameEn,
      name_ru: ru,
      kind,
      rank: num(f.properties.scalerank, 9),
    },
  };
}

/**
 * Large lakes get a water label too: the largest (Aral, Balkhash, Baikal, Ladoga) from Natural Earth's
 * label zoom, the next rank (Issyk-Kul, Onega, Rybinsk) one zoom later so they do not crowd the first view.
 */
const LAKE_MAX_SCALERANK = 2;

export function seaLabels(dir: string): Tiled[] {
  const seas = readRegion(dir, 'ne_10m_geography_marine_polys').map((f) =>
    waterLabel(f, String(f.properties.featurecla), mapZoom(f.properties.min_label, 6)),
  );
  const lakes = readRegion(dir, 'ne_10m_lakes')
    .filter((f) => num(f.properties.scalerank, 9) <= LAKE_MAX_SCALERANK)
    .map((f) => {
      const minzoom = mapZoom(f.properties.min_label, 6) + (num(f.properties.scalerank) > 0 ? 1 : 0);
      return waterLabel(f, 'lake', minzoom);
    });
  return [...seas, ...lakes].filter((f): f is Tiled => f !== null).sort(byRankThenName);
}
