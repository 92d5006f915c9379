// One id names one thing: ids are unique across all files, because links, the URL and project.improves use bare ids.
import type { DataIssue } from '../parse';
import type { DataFileName } from '../schema';
import type { Rule } from './context';

export const uniqueIds: Rule = ({ files }) => {
  const issues: DataIssue[] = [];
  const first = new Map<string, string>();
  for (const file of Object.keys(files) as DataFileName[]) {
    const key = file === 'sources.json' || file === 'corridors.json' ? '' : '.properties';
    for (const { path, value: id } of files[file].ids) {
      const here = `${file} at ${path}${key}.id`;
      const earlier = first.get(id);
      if (earlier === undefined) first.set(id, here);
      else
        issues.push({
          file,
          recordId: id,
          path: `${path}${key}.id`,
          message: `id "${id}" is already used by ${earlier}`,
        });
    }
  }
  return issues;
};
