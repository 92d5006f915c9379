// What every export carries, as the PNG does: the terms of the data and who made it. The data licence itself is
// kept in one place, the atlas's data credits and licence (docs/credits.md); exports point there.
export const EXPORT_LICENCE =
  'Corridor Atlas data: licence and credits in docs/credits.md of the atlas. Basemap: Natural Earth (public domain).';
