// The URLs of the data files the build prepares (scripts/vite/atlas-data.ts).
declare module 'virtual:atlas-data' {
  export const viewUrl: string;
  export const linesUrl: string;
  export const detailsUrl: string;
  export const networkUrl: string;
  export const routingUrl: string;
  /** The names file of each language. */
  export const namesUrl: { zh: string; en: string; ru: string };
}
