// Links that must not loop: a corridor's parent chain (the legend and stories climb it) and projects that improve
// projects (the side panel follows them to find a project's corridors). A loop passes the schema and every
// reference check, then hangs or overflows whatever climbs it; it is reported once, naming the whole loop.
import type { DataIssue, Located } from '../parse';
import type { DataFileName } from '../schema';
import type { Rule } from './context';

interface Link {
  id: string;
  targets: string[];
  /** Where the link is written, for the issue's path: the record's path and the field below it. */
  path: (target: string) => string;
}

/** Each loop in a graph once, as the ids along it from its first-listed member back to it. */
export function findCycles(links: Link[]): string[][] {
  const byId = new Map(links.map((l) => [l.id, l]));
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[][] = [];
  for (const start of links) {
    if (state.has(start.id)) continue;
    // Iterative depth-first search: a long chain in the data must not overflow the validator's own stack.
    const stack: { id: string; next: number }[] = [{ id: start.id, next: 0 }];
    state.set(start.id, 'open');
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const targets = byId.get(top.id)?.targets ?? [];
      if (top.next >= targets.length) {
        state.set(top.id, 'done');
        stack.pop();
        continue;
      }
      const to = targets[top.next++]!;
      if (!byId.has(to)) continue;
      const seen = state.get(to);
      if (seen === 'open') {
        const from = stack.findIndex((f) => f.id === to);
        cycles.push([...stack.slice(from).map((f) => f.id), to]);
      } else if (seen === undefined) {
        state.set(to, 'open');
        stack.push({ id: to, next: 0 });
      }
    }
  }
  return cycles;
}

function report(file: DataFileName, field: string, links: Link[]): DataIssue[] {
  const byId = new Map(links.map((l) => [l.id, l]));
  return findCycles(links).map((loop) => {
    const first = byId.get(loop[0]!)!;
    return {
      file,
      recordId: first.id,
      path: first.path(loop[1]!),
      message: `${field} links form a loop: ${loop.join(' → ')}; one of them must point elsewhere`,
    };
  });
}

const located = <T>(r: Located<T>, sub: string) => `${r.path}.${sub}`;

export const cycles: Rule = ({ files }) => {
  const corridors: Link[] = files['corridors.json'].records
    .filter((r) => r.value.parent !== undefined && r.value.parent !== r.value.id)
    .map((r) => ({ id: r.value.id, targets: [r.value.parent!], path: () => located(r, 'parent') }));
  // An id shared with a record of another file is reported by the unique-ids rule; following it here would
  // mistake a project improving that record for a project improving itself.
  const elsewhere = new Set(
    (['sources.json', 'corridors.json', 'nodes.geojson', 'segments.geojson'] as const).flatMap((f) =>
      files[f].ids.map((i) => i.value),
    ),
  );
  const projects: Link[] = files['projects.geojson'].records
    .filter((r) => !elsewhere.has(r.value.properties.id))
    .map((r) => {
      const improves = r.value.properties.improves;
      return {
        id: r.value.properties.id,
        targets: improves,
        path: (target: string) => located(r, `properties.improves[${improves.indexOf(target)}]`),
      };
    });
  return [...report('corridors.json', 'parent', corridors), ...report('projects.geojson', 'improves', projects)];
};
