// A small, safe Markdown subset for captions and notes: paragraphs, **bold**, *italic*, [links](https://…) and
// lists. The text becomes React elements, never HTML: anything that looks like a tag is shown as the characters
// it is, and a link is only a link when it points to https://.
import { createElement, Fragment, type ReactNode } from 'react';
import { safeUrl } from '../data/safe-url';

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'em'; children: Inline[] }
  | { kind: 'link'; href: string; children: Inline[] };

export type Block = { kind: 'paragraph'; children: Inline[] } | { kind: 'list'; ordered: boolean; items: Inline[][] };

const SAFE_HREF = /^https:\/\/[^\s<>"'`]+$/;

const BULLET = /^\s*[-*+]\s+/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+/;
const ESCAPABLE = '\\*_[]()#+-.!`';

// Linear time on any input: the positions of each closing mark are listed once per text, and every search for a
// closer is a binary search in that list, instead of a rescan to the end of the text from each opener (a 2 MB caption
// of "<a" or "[a" would otherwise take minutes). Emphasis nests at most MAX_DEPTH deep; deeper marks show as written.
const MAX_DEPTH = 4;

/** The first index at or after `from` where `test` holds, outside backslash escapes; -1 when there is none. */
function forwardSearch(text: string, test: (k: number) => boolean): (from: number) => number {
  let found: number[] | null = null;
  return (from) => {
    if (!found) {
      found = [];
      for (let k = 0; k < text.length; k++) {
        if (text[k] === '\\') k++;
        else if (test(k)) found.push(k);
      }
    }
    let lo = 0;
    let hi = found.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (found[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return found[lo] ?? -1;
  };
}

/** Matching parentheses of the whole text, found in one pass with a stack. */
function matchingParens(text: string): (open: number) => number {
  let match: Map<number, number> | null = null;
  return (open) => {
    if (!match) {
      match = new Map();
      const stack: number[] = [];
      for (let k = 0; k < text.length; k++) {
        if (text[k] === '\\') k++;
        else if (text[k] === '(') stack.push(k);
        else if (text[k] === ')' && stack.length) match.set(stack.pop()!, k);
      }
    }
    return match.get(open) ?? -1;
  };
}

interface Closers {
  strong: (from: number) => number;
  em: (from: number) => number;
  bracket: (from: number) => number;
  /** The `)` that closes the `(` at `open`, counting nested pairs, so a target such as
   * https://en.wikipedia.org/wiki/Aktau_(city) is kept whole; -1 when it is never closed. */
  paren: (open: number) => number;
}

function closersFor(text: string): Closers {
  const strong = forwardSearch(text, (k) => text[k] === '*' && text[k + 1] === '*');
  const single = forwardSearch(text, (k) => text[k] === '*');
  /** The closing single `*`, stepping over **bold** pairs inside; -1 when there is none. */
  const em = (from: number): number => {
    let k = from;
    for (;;) {
      const star = single(k);
      if (star < 0 || text[star + 1] !== '*') return star;
      const end = strong(star + 2);
      if (end < 0) return -1;
      k = end + 2;
    }
  };
  return {
    strong,
    em,
    bracket: forwardSearch(text, (k) => text[k] === ']'),
    paren: matchingParens(text),
  };
}

/** `[label](href)` starting at `i`: the label, the href and the index after `)`, or null. */
function linkAt(text: string, i: number, closers: Closers): { label: string; href: string; end: number } | null {
  const close = closers.bracket(i + 1);
  if (close < 0 || text[close + 1] !== '(') return null;
  const end = closers.paren(close + 1);
  if (end < 0) return null;
  return { label: text.slice(i + 1, close), href: text.slice(close + 2, end).trim(), end: end + 1 };
}

export function parseInline(text: string, depth = 0): Inline[] {
  const out: Inline[] = [];
  const closers = closersFor(text);
  const marks = depth < MAX_DEPTH;
  // Plain text is kept as the pieces of `text` between marks (slices, not one character at a time).
  let pieces: string[] = [];
  let from = 0;
  const flush = (to: number) => {
    if (to > from) pieces.push(text.slice(from, to));
    const joined = pieces.join('');
    if (joined) out.push({ kind: 'text', text: joined });
    pieces = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '\\' && c !== '*' && c !== '[') continue;
    const next = text[i + 1];
    if (c === '\\' && next !== undefined && ESCAPABLE.includes(next)) {
      // The backslash goes; the character after it stays, as text.
      if (i > from) pieces.push(text.slice(from, i));
      from = i + 1;
      i++;
      continue;
    }
    if (marks && c === '*' && next === '*') {
      const end = closers.strong(i + 2);
      if (end > i + 2) {
        flush(i);
        out.push({ kind: 'strong', children: parseInline(text.slice(i + 2, end), depth + 1) });
        i = end + 1;
        from = i + 1;
        continue;
      }
    } else if (marks && c === '*' && next !== undefined && next !== ' ') {
      const end = closers.em(i + 1);
      if (end > i + 1) {
        flush(i);
        out.push({ kind: 'em', children: parseInline(text.slice(i + 1, end), depth + 1) });
        i = end;
        from = i + 1;
        continue;
      }
    } else if (marks && c === '[') {
      const link = linkAt(text, i, closers);
      if (link) {
        flush(i);
        const children = parseInline(link.label, depth + 1);
        // An unsafe or relative target keeps its words and loses the link.
        if (isSafeHref(link.href)) out.push({ kind: 'link', href: link.href, children });
        else out.push(...children);
        i = link.end - 1;
        from = link.end;
        continue;
      }
    }
  }
  flush(text.length);
  return out;
}

function listKind(line: string): 'bullet' | 'numbered' | null {
  if (BULLET.test(line)) return 'bullet';
  if (NUMBERED.test(line)) return 'numbered';
  return null;
}

/** Blocks are separated by blank lines; a block whose first line starts with a list marker is a list. */
export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of source.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((l) => l.trim() !== '');
    const first = lines[0];
    if (first === undefined) continue;
    const kind = listKind(first);
    if (!kind) {
      blocks.push({ kind: 'paragraph', children: parseInline(lines.map((l) => l.trim()).join(' ')) });
      continue;
    }
    const marker = kind === 'bullet' ? BULLET : NUMBERED;
    const items: string[] = [];
    for (const line of lines) {
      if (marker.test(line)) items.push(line.replace(marker, ''));
      else items[items.length - 1] += ` ${line.trim()}`;
    }
    blocks.push({ kind: 'list', ordered: kind === 'numbered', items: items.map(parseInline) });
  }
  return blocks;
}

function renderInline(nodes: Inline[]): ReactNode[] {
  return nodes.map((n, i) => {
    if (n.kind === 'text') return createElement(Fragment, { key: i }, n.text);
    if (n.kind === 'strong') return createElement('strong', { key: i }, renderInline(n.children));
    if (n.kind === 'em') return createElement('em', { key: i }, renderInline(n.children));
    return createElement(
      'a',
      { key: i, href: n.href, rel: 'noopener noreferrer', target: '_blank' },
      renderInline(n.children),
    );
  });
}

/** The Markdown subset as React elements. */
export function renderMarkdown(source: string): ReactNode {
  return parseMarkdown(source).map((b, i) => {
    if (b.kind === 'paragraph') return createElement('p', { key: i }, renderInline(b.children));
    const items = b.items.map((item, j) => createElement('li', { key: j }, renderInline(item)));
    return createElement(b.ordered ? 'ol' : 'ul', { key: i }, items);
  });
}

/** Every link target the author wrote, safe or not, for validation. */
export function linkTargets(source: string): string[] {
  const closers = closersFor(source);
  const targets: string[] = [];
  for (let i = source.indexOf('['); i >= 0; i = source.indexOf('[', i + 1)) {
    const link = linkAt(source, i, closers);
    if (link) {
      targets.push(link.href);
      i = link.end - 1;
    }
  }
  return targets;
}

export const isSafeHref = (href: string): boolean => SAFE_HREF.test(href) && safeUrl(href, false) !== null;

/** The first piece of text that looks like an HTML tag, which will be shown as text. */
export function htmlLike(source: string): string | null {
  for (let i = source.indexOf('<'); i >= 0; i = source.indexOf('<', i + 1)) {
    const start = source[i + 1] === '/' ? i + 2 : i + 1;
    if (!/[a-zA-Z]/.test(source[start] ?? '')) continue;
    const end = source.indexOf('>', start);
    // No '>' after this '<' means none after any later '<' either: nothing further looks like a tag.
    if (end < 0) return null;
    return source.slice(i, end + 1);
  }
  return null;
}
