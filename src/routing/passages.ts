// Sea passages a planner may choose to avoid like a country: the Suez Canal and the Red Sea behind it. A sea leg
// passes one when its geometry enters the passage's box; the code stands in the avoid list beside ISO codes.
import type { Position } from 'geojson';

export interface Passage {
  code: string;
  /** Boxes [west, south, east, north] in degrees; a leg with a position inside any of them passes. */
  boxes: [number, number, number, number][];
}

/**
 * The Suez Canal (south of Port Said's harbour to Suez) and Bab-el-Mandeb: a leg through either runs the Red Sea.
 * Port Said itself lies north of the canal box, so its Mediterranean legs do not count as passing.
 */
export const PASSAGES: readonly Passage[] = [
  {
    code: 'SUEZ',
    boxes: [
      [32.15, 29.85, 32.7, 31.2],
      [42.9, 12.2, 43.8, 13.0],
    ],
  },
];

export const isPassageCode = (code: string): boolean => PASSAGES.some((p) => p.code === code);

/** The passages a sea or ferry leg's geometry runs through. */
export function passagesOf(mode: string, lines: Position[][]): string[] {
  if (mode !== 'sea' && mode !== 'ferry') return [];
  return PASSAGES.filter((p) =>
    lines.some((line) =>
      line.some(([lon, lat]) => p.boxes.some(([w, s, e, n]) => lon! >= w && lon! <= e && lat! >= s && lat! <= n)),
    ),
  ).map((p) => p.code);
}
