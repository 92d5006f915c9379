// Countries, boundaries, railways and populated places.
import { mapZoom, num, readRegion, str, withoutCutParts } from './source';
import { tiled, type Tiled } from './physical';
import { chineseLabel } from './simplified';

export function countries(dir: string): Tiled[] {
  return withoutCutParts(readRegion(dir, 'ne_50m_admin_0_countries'))
    .sort((a, b) => String(a.properties.ADM0_A3).localeCompare(String(b.properties.ADM0_A3)))
    .map((f) => tiled(f, 0, { iso_a3: str(f.properties.ADM0_A3) ?? '', mapcolor7: num(f.properties.MAPCOLOR7, 1) }));
}

/** Lines Natural Earth marks as not agreed on the ground; they are drawn dashed with the claim lines. */
const DISPUTED_CLASSES = /disputed|line of control|indefinite|indeterminant/i;

/** Not borders between countries: the Baikonur lease, the Korean DMZ and Cyprus buffer-zone edges. */
const NOT_BORDERS = /^(lease|overlay) limit/i;

export function boundaries(dir: string): Tiled[] {
  const land = readRegion(dir, 'ne_10m_admin_0_boundary_lines_land')
    .filter((f) => !NOT_BORDERS.test(String(f.properties.featurecla)))
    .map((f) => {
      const kind = String(f.properties.featurecla).replace(/\s*\(.*\)$/, '');
      const disputed = DISPUTED_CLASSES.test(kind);
      return tiled(f, mapZoom(f.properties.min_zoom, 1), disputed ? { disputed, kind } : { disputed });
    });
  // Claim, breakaway and ceasefire lines, from Natural Earth's zoom: Kashmir and Aksai Chin from z2.
  const disputed = readRegion(dir, 'ne_10m_admin_0_boundary_lines_disputed_areas').map((f) =>
    tiled(f, mapZoom(f.properties.min_zoom, 5), {
      disputed: true,
      kind: String(f.properties.featurecla),
    }),
  );
  return [...land, ...disputed];
}

/**
 * Railways are context only: none before z4, then the main lines (scalerank 4-5), adding finer ranks
 * per zoom until every line is in at z7. Ferries keep their own flag to be dashed.
 */
export function railwayMinzoom(scalerank: number): number {
  if (scalerank <= 5) return 4;
  if (scalerank <= 7) return 5;
  if (scalerank <= 8) return 6;
  return 7;
}

export function railways(dir: string): Tiled[] {
  return readRegion(dir, 'ne_10m_railroads')
    .sort((a, b) => num(a.properties.rwdb_rr_id) - num(b.properties.rwdb_rr_id))
    .map((f) => {
      const scalerank = num(f.properties.scalerank, 10);
      return tiled(f, railwayMinzoom(scalerank), {
        scalerank,
        ferry: f.properties.featurecla === 'Railroad ferry',
      });
    });
}

/**
 * Places carry their names in three languages, a rank (lower is more important) and the zoom from which
 * they are labelled. Natural Earth's Chinese names are normalised to simplified characters.
 */
export function places(dir: string): Tiled[] {
  return readRegion(dir, 'ne_10m_populated_places')
    .map((f) => {
      const p = f.properties;
      const capital = num(p.ADM0CAP) === 1;
      const nameEn = str(p.NAME_EN) ?? str(p.NAME) ?? '';
      return tiled(f, mapZoom(p.min_zoom, 9), {
        name_en: nameEn,
        name_zh: chineseLabel(str(p.NAME_ZH)),
        name_ru: str(p.NAME_RU),
        rank: num(p.SCALERANK, 10),
        capital,
        pop: num(p.POP_MAX),
      });
    })
    .sort(
      (a, b) =>
        num(a.properties.rank) - num(b.properties.rank) ||
        num(b.properties.pop) - num(a.properties.pop) ||
        String(a.properties.name_en).localeCompare(String(b.properties.name_en)),
    )
    .map((f) => {
      delete f.properties.pop;
      return f;
    });
}
