// The shape of a story file (geo/stories/<id>.json). The schema checks the structure; validate.ts adds the checks
// an author needs in words (ranges, ids that must exist in the data, links, missing translations).
import { z } from 'zod';
import { MAX_ID, MAX_NAME, MAX_TEXT, MODES, STATUSES } from '../data/vocab';

const id = z
  .string()
  .max(MAX_ID)
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'ids are lower-case words joined by - or _');
const iso3 = z.string().regex(/^[A-Z]{3}$/, 'a country is an ISO 3166-1 alpha-3 code, e.g. KAZ');

/** A text in the three languages; empty strings are reported by validate.ts with the scene number. */
const storyText = z.string().max(MAX_TEXT);
export const StoryText = z.strictObject({ zh: storyText, en: storyText, ru: storyText });
export type StoryText = z.infer<typeof StoryText>;

/**
 * Where the map looks: either a view (center + zoom, optional bearing and pitch) or `fit`, the records the view
 * must frame. validate.ts insists on exactly one of the two.
 */
export const SceneCamera = z.strictObject({
  center: z.tuple([z.number(), z.number()]).optional(),
  zoom: z.number().optional(),
  bearing: z.number().optional(),
  pitch: z.number().optional(),
  fit: z.array(id).optional(),
  /** With `fit`: do not zoom in closer than this (a single crossing would otherwise fill the screen). */
  maxZoom: z.number().optional(),
});
export type SceneCamera = z.infer<typeof SceneCamera>;

/** Which records the map shows; a list left out shows everything of that kind. */
export const SceneFilters = z.strictObject({
  corridors: z.array(id).optional(),
  modes: z.array(z.enum(MODES)).optional(),
  statuses: z.array(z.enum(STATUSES)).optional(),
  countries: z.array(iso3).optional(),
});
export type SceneFilters = z.infer<typeof SceneFilters>;

/** A question for the route planner, as the planner takes it (node ids; countries to avoid). */
export const SceneRoute = z.strictObject({
  from: id,
  to: id,
  via: z.array(id).optional(),
  avoid: z.array(iso3).optional(),
  includePlanned: z.boolean().optional(),
  month: z.number().int().optional(),
});
export type SceneRoute = z.infer<typeof SceneRoute>;

export const Scene = z.strictObject({
  id,
  camera: SceneCamera,
  filters: SceneFilters.optional(),
  /** The network as of this year (the year control). */
  year: z.number().int().optional(),
  /** The record whose details the panel shows. */
  selection: id.optional(),
  /** Records drawn with a halo and labelled. */
  highlight: z.array(id).optional(),
  route: SceneRoute.optional(),
  /** Lines drawn progressively when the scene opens: record ids (corridors, segments) or "route". */
  draw: z.union([z.array(id), z.literal('route')]).optional(),
  /** What the audience reads: a small Markdown subset (paragraphs, **bold**, *italic*, [links](https://…), lists). */
  caption: StoryText,
  /** What the presenter reads: shown on demand (N). */
  notes: StoryText,
  /** Source ids (geo/sources.json) behind the caption's facts. */
  sources: z.array(id),
  /** Seconds the scene stays on screen in autoplay (kiosk); AUTOPLAY_SECONDS when left out. */
  duration: z.number().optional(),
});
export type Scene = z.infer<typeof Scene>;

export const Story = z.strictObject({
  id,
  title: StoryText,
  summary: StoryText,
  /** A picture for the gallery card: a path under public/, e.g. stories/cku.webp. */
  cover: z.string().max(MAX_NAME).optional(),
  scenes: z.array(Scene),
});
export type Story = z.infer<typeof Story>;
