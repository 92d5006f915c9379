// Generated projects for the benchmarks and the clustering test: many points spread over the atlas's region, with
// the fields the view file carries. A fixed seed makes every run draw the same map.
import { PROJECT_KINDS, STATUSES } from '../src/data/vocab';

export function generatedProjects(n: number): unknown[] {
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: n }, (_, i) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [30 + random() * 110, 15 + random() * 45] },
    properties: {
      id: `generated-${i}`,
      names: { zh: `项目 ${i}`, en: `Project ${i}`, ru: `Проект ${i}` },
      aliases: [],
      status: STATUSES[i % STATUSES.length],
      kind: PROJECT_KINDS[i % PROJECT_KINDS.length],
      countries: ['KAZ'],
      figures: [],
      sources: [],
      partners: [],
      improves: [],
      located: 'generated',
    },
  }));
}
