// What every export carries, as the PNG does: the terms of the data and who made it. The full terms are in one
// place, geo/LICENCE.md (the project's records under CC BY 4.0, each third-party layer under its own licence).
export const EXPORT_LICENCE =
  'Corridor Atlas records: CC BY 4.0, terms and third-party licences in geo/LICENCE.md of the atlas. ' +
  'Basemap and lines: Natural Earth (public domain); sea lanes: Eurostat marnet (EUPL-1.2); ports: World Port Index (public domain).';
