// A small, safe Markdown subset for captions and notes: paragraphs, **bold**, *italic*, [links](https://…) and
// lists. The text becomes React elements, never HTML: anything that looks like a tag is shown as the characters
// it is, and a link is only a link when it points to https://.
import { createElement, Fragment, type ReactNode } from 'react';

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

/** Index of the closing `**` at or after `from`, skipping escaped characters; -1 when there is none. */
function closeStrong(text: string, from: number): number {
  for (let k = from; k < text.length - 1; k++) {
    if (text[k] === '\\') k++;
    else if (text[k] === '*' && text[k + 1] === '*') return k;
  }
  return -1;
}

/** Index of the closing single `*`, stepping over **bold** pairs inside; -1 when there is none. */
function closeEm(text: string, from: number): number {
  for (let k = from; k < text.length; k++) {
    if (text[k] === '\\') k++;
    else if (text.startsWith('**', k)) {
      const end = closeStrong(text, k + 2);
      if (end < 0) return -1;
      k = end + 1;
    } else if (text[k] === '*') return k;
  }
  return -1;
}

/** `[label](href)` starting at `i`: the label, the href and the index after `)`, or null. */
function linkAt(text: string, i: number): { label: string; href: string; end: number } | null {
  const close = text.indexOf(']', i + 1);
  if (close < 0 || text[close + 1] !== '(') return null;
  const end = text.indexOf(')', close + 2);
  if (end < 0) return null;
  return { label: text.slice(i + 1, close), href: text.slice(close + 2, end).trim(), end: end + 1 };
}

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) out.push({ kind: 'text', text: buffer });
    buffer = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === '\\' && next !== undefined && ESCAPABLE.includes(next)) {
      buffer += next;
      i++;
      continue;
    }
    if (c === '*' && next === '*') {
      const end = closeStrong(text, i + 2);
      if (end > i + 2) {
        flush();
        out.push({ kind: 'strong', children: parseInline(text.slice(i + 2, end)) });
        i = end + 1;
        continue;
      }
    } else if (c === '*' && next !== undefined && next !== ' ') {
      const end = closeEm(text, i + 1);
      if (end > i + 1) {
        flush();
        out.push({ kind: 'em', children: parseInline(text.slice(i + 1, end)) });
        i = end;
        continue;
      }
    } else if (c === '[') {
      const link = linkAt(text, i);
      if (link) {
        flush();
        const children = parseInline(link.label);
        // An unsafe or relative target keeps its words and loses the link.
        if (SAFE_HREF.test(link.href)) out.push({ kind: 'link', href: link.href, children });
        else out.push(...children);
        i = link.end - 1;
        continue;
      }
    }
    buffer += c;
  }
  flush();
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

/** Turns a run of plain text into elements (the glossary marks its terms); links keep their text plain. */
export type TextRenderer = (text: string) => ReactNode;

function renderInline(nodes: Inline[], text?: TextRenderer): ReactNode[] {
  return nodes.map((n, i) => {
    if (n.kind === 'text') return createElement(Fragment, { key: i }, text ? text(n.text) : n.text);
    if (n.kind === 'strong') return createElement('strong', { key: i }, renderInline(n.children, text));
    if (n.kind === 'em') return createElement('em', { key: i }, renderInline(n.children, text));
    return createElement(
      'a',
      { key: i, href: n.href, rel: 'noopener noreferrer', target: '_blank' },
      renderInline(n.children),
    );
  });
}

/** The Markdown subset as React elements. */
export function renderMarkdown(source: string, text?: TextRenderer): ReactNode {
  return parseMarkdown(source).map((b, i) => {
    if (b.kind === 'paragraph') return createElement('p', { key: i }, renderInline(b.children, text));
    const items = b.items.map((item, j) => createElement('li', { key: j }, renderInline(item, text)));
    return createElement(b.ordered ? 'ol' : 'ul', { key: i }, items);
  });
}

/** Every link target the author wrote, safe or not, for validation. */
export function linkTargets(source: string): string[] {
  return [...source.matchAll(/\[[^\]]*\]\(([^)]*)\)/g)].map((m) => (m[1] ?? '').trim());
}

export const isSafeHref = (href: string): boolean => SAFE_HREF.test(href);

/** The first piece of text that looks like an HTML tag, which will be shown as text. */
export function htmlLike(source: string): string | null {
  return /<\/?[a-zA-Z][^>]*>/.exec(source)?.[0] ?? null;
}
