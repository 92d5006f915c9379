// One source is one record. The same page entered twice under two ids splits its citations, and the two copies
// drift apart (one title corrected, the other not), so two sources may not share an address. Addresses are
// compared as a reader would: http and https, "www." and a trailing slash make no difference.
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
