// Sources: one page is one record, and it is read no earlier than it was published. The same page entered twice
// under two ids splits its citations and the two copies drift apart (one title corrected, the other not), so two
// sources may not share an address, compared as a reader would: http or https, "www." and a trailing slash make
// no difference.
import type { DataIssue } from '../parse';
import { at, type Rule } from './context';

/** The address reduced to what names the page: no scheme, no "www.", no fragment, no trailing slash. */
export function sameAddressKey(url: string): string {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return url.trim().toLowerCase();
  }
  const host = u.hostname.replace(/^www\./, '').replace(/\.$/, '');
  const port = u.port ? `:${u.port}` : '';
  const path = u.pathname.replace(/\/+$/, '');
  return `${host}${port}${path}${u.search}`;
}

export const sameAddress: Rule = ({ files }) => {
  const issues: DataIssue[] = [];
  const first = new Map<string, { id: string; path: string }>();
  for (const rec of files['sources.json'].records) {
    const url = rec.value.url;
    if (url === undefined) continue;
    const key = sameAddressKey(url);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, { id: rec.value.id, path: rec.path });
    else
      issues.push(
        at(
          'sources.json',
          rec,
          'url',
          `the same address as the source "${earlier.id}" (${earlier.path}); one page is one source: ` +
            'keep one of the two records and point every reference at its id',
        ),
      );
  }
  return issues;
};

/** A page cannot be read before it was published, nor in a year still to come. */
export const sourceDates: Rule = ({ files, thisYear }) =>
  files['sources.json'].records.flatMap((rec) => {
    const { date, accessed } = rec.value;
    if (accessed === undefined) return [];
    // Partial dates compare at the precision both give: 2024 is not before 2024-12-27.
    const n = Math.min(date.length, accessed.length);
    if (accessed.slice(0, n) < date.slice(0, n))
      return [at('sources.json', rec, 'accessed', `read on ${accessed}, before it was published (${date})`)];
    if (Number(accessed.slice(0, 4)) > thisYear)
      return [at('sources.json', rec, 'accessed', `${accessed} is in the future`)];
    return [];
  });
