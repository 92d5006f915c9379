// What a captured scene holds, in one line for the author: "zoom 4.2 · corridors cku · year 2025 · route wuhan → tashkent".
import type { Scene } from '../../story/schema';

export function capturedWords(scene: Scene): string {
  const c = scene.camera;
  const parts = [c.zoom !== undefined ? `zoom ${c.zoom}` : `fit ${c.fit?.join(', ')}`];
  const f = scene.filters;
  if (f?.corridors) parts.push(`corridors ${f.corridors.join(', ') || '—'}`);
  if (f?.modes) parts.push(`modes ${f.modes.join(', ') || '—'}`);
  if (f?.statuses) parts.push(`status ${f.statuses.join(', ') || '—'}`);
  if (f?.countries) parts.push(`countries ${f.countries.join(', ') || '—'}`);
  if (scene.year !== undefined) parts.push(`year ${scene.year}`);
  if (scene.selection) parts.push(`selected ${scene.selection}`);
  if (scene.route) parts.push(`route ${[scene.route.from, ...(scene.route.via ?? []), scene.route.to].join(' → ')}`);
  if (scene.draw) parts.push('drawn progressively');
  return parts.join(' · ');
}
