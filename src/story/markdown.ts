// A small, safe Markdown subset for captions and notes: paragraphs, **bold**, *italic*, [links](https://…) and
// lists. The text becomes React elements, never HTML: anything that looks like a tag is shown as the characters
// it is, and a link is only a link when it points to https://.
import { createElement, Fragment, type ReactNode } from 'react';
import { safeUrl } from '../data/safe-url';
import { MAX_TEXT } from '../data/schema';

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
/** 1 at the char code of each character a backslash escapes. */
const ESCAPABLE_CODE = new Uint8Array(128);
for (const c of ESCAPABLE) ESCAPABLE_CODE[c.charCodeAt(0)] = 1;
const SPACE = 32;

// Linear time on any input. The text is scanned up front into tables that give, for every index, where the next
// closing mark begins (outside backslash escapes) and, for every `(`, the `)` that closes it; each search for a closer
// is then one look-up, not a rescan to the end of the text from each opener (a 2 MB caption of "**a" or "[a](" took
// seconds). Spans inside spans are read as ranges of the same text, never as copies with tables of their own, and
// emphasis nests at most MAX_DEPTH deep (deeper marks show as written), so each character is looked at a bounded
// number of times.
const MAX_DEPTH = 4;
// A text within MAX_TEXT holds fewer spans than this (each takes at least three characters, "*a*"); past it, marks
// show as written, so a hostile text cannot make a tree of a million nodes for the page to draw.
const MAX_SPANS = Math.ceil(MAX_TEXT / 3) + 1;
const NONE = -1;
const UNKNOWN = -2;
const STAR = 42; // *
const OPEN_BRACKET = 91; // [
const CLOSE_BRACKET = 93; // ]
const OPEN_PAREN = 40; // (
const CLOSE_PAREN = 41; // )
const BACKSLASH = 92;

/** The closers of one text. Each table is built the first time a mark of its kind asks for it. */
class Closers {
  private escaped?: Uint8Array;
  private stars?: Int32Array;
  private pairs?: Int32Array;
  private brackets?: Int32Array;
  private parens?: Int32Array;
  private emphasis?: Int32Array;

  constructor(private readonly text: string) {}

  /** 1 for each character that a backslash before it escapes. */
  private escapes(): Uint8Array {
    if (this.escaped) return this.escaped;
    const esc = new Uint8Array(this.text.length + 1);
    for (let k = 0; k < this.text.length; k++) if (this.text.charCodeAt(k) === BACKSLASH) esc[++k] = 1;
    return (this.escaped = esc);
  }

  /** For each index, the first index at or after it where `code` stands unescaped (twice in a row when `twice`). */
  private nextTable(code: number, twice: boolean): Int32Array {
    const { text } = this;
    const esc = this.escapes();
    const next = new Int32Array(text.length + 1);
    next[text.length] = NONE;
    for (let k = text.length - 1; k >= 0; k--) {
      const hit = !esc[k] && text.charCodeAt(k) === code && (!twice || text.charCodeAt(k + 1) === code);
      next[k] = hit ? k : next[k + 1]!;
    }
    return next;
  }

  private at(table: Int32Array, from: number): number {
    return from < this.text.length ? table[from]! : NONE;
  }

  /** The next single `*`. */
  star(from: number): number {
    return this.at((this.stars ??= this.nextTable(STAR, false)), from);
  }

  /** The next `**`. */
  strong(from: number): number {
    return this.at((this.pairs ??= this.nextTable(STAR, true)), from);
  }

  /** The next `]`. */
  bracket(from: number): number {
    return this.at((this.brackets ??= this.nextTable(CLOSE_BRACKET, false)), from);
  }

  /** The `)` that closes the `(` at `open`, counting nested pairs, so a target such as
   * https://en.wikipedia.org/wiki/Aktau_(city) is kept whole; NONE when it is never closed. */
  paren(open: number): number {
    if (!this.parens) {
      const { text } = this;
      const esc = this.escapes();
      const match = new Int32Array(text.length).fill(NONE);
      const stack = new Int32Array(text.length);
      let depth = 0;
      for (let k = 0; k < text.length; k++) {
        if (esc[k]) continue;
        const c = text.charCodeAt(k);
        if (c === OPEN_PAREN) stack[depth++] = k;
        else if (c === CLOSE_PAREN && depth > 0) match[stack[--depth]!] = k;
      }
      this.parens = match;
    }
    return open < this.text.length ? this.parens[open]! : NONE;
  }

  /**
   * The `*` that closes emphasis opened before `from`, stepping over **bold** pairs inside; NONE when there is none.
   * The steps from one start are the steps from every later start on the same path, so each answer is kept for all
   * of them and no path is walked twice.
   */
  em(from: number): number {
    const { text } = this;
    const memo = (this.emphasis ??= new Int32Array(text.length + 1).fill(UNKNOWN));
    const path: number[] = [];
    let k = from;
    let found = NONE;
    while (k < text.length) {
      if (memo[k] !== UNKNOWN) {
        found = memo[k]!;
        break;
      }
      path.push(k);
      const star = this.star(k);
      if (star === NONE || text.charCodeAt(star + 1) !== STAR) {
        found = star;
        break;
      }
      const end = this.strong(star + 2);
      if (end === NONE) break;
      k = end + 2;
    }
    for (const p of path) memo[p] = found;
    return found;
  }
}

/** One text's closers, and how many spans it has made so far. */
interface Scan {
  closers: Closers;
  spans: number;
}

/** `[label](href)` starting at `i` and ending before `stop`: where the label ends, the href and the index after `)`. */
function linkAt(
  text: string,
  i: number,
  stop: number,
  closers: Closers,
): { close: number; href: string; end: number } | null {
  const close = closers.bracket(i + 1);
  if (close === NONE || close + 1 >= stop || text[close + 1] !== '(') return null;
  const end = closers.paren(close + 1);
  if (end === NONE || end >= stop) return null;
  return { close, href: text.slice(close + 2, end).trim(), end: end + 1 };
}

/** A run of plain text without its escaping backslashes (the same pairs the scan steps over, left to right). */
const ESCAPE = /\\([\\*_[\]()#+\-.!`])/g;

function pushText(out: Inline[], text: string, from: number, to: number, escapes: boolean): void {
  if (to <= from) return;
  const run = text.slice(from, to);
  out.push({ kind: 'text', text: escapes ? run.replace(ESCAPE, '$1') : run });
}

/** The inline marks of `text` from `start` up to `stop`. */
function inlineRange(text: string, start: number, stop: number, depth: number, scan: Scan): Inline[] {
  const out: Inline[] = [];
  const { closers } = scan;
  let from = start;
  let escapes = false;
  for (let i = start; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c !== BACKSLASH && c !== STAR && c !== OPEN_BRACKET) continue;
    // NaN past the range's end, as if the text stopped there.
    const next = i + 1 < stop ? text.charCodeAt(i + 1) : NaN;
    if (c === BACKSLASH) {
      // The backslash goes (when the run is pushed); the character after it stays, as text.
      if (ESCAPABLE_CODE[next] === 1) {
        escapes = true;
        i++;
      }
      continue;
    }
    if (depth >= MAX_DEPTH || scan.spans >= MAX_SPANS) continue;
    // What the mark at i makes, and the index after its closer; nothing when it is not closed in this range.
    let made: Inline[] | null = null;
    let after = i;
    if (c === STAR && next === STAR) {
      const end = closers.strong(i + 2);
      if (end > i + 2 && end + 1 < stop) {
        made = [{ kind: 'strong', children: inlineRange(text, i + 2, end, depth + 1, scan) }];
        after = end + 2;
      }
    } else if (c === STAR && !Number.isNaN(next) && next !== SPACE) {
      const end = closers.em(i + 1);
      if (end > i + 1 && end < stop) {
        made = [{ kind: 'em', children: inlineRange(text, i + 1, end, depth + 1, scan) }];
        after = end + 1;
      }
    } else if (c === OPEN_BRACKET) {
      const link = linkAt(text, i, stop, closers);
      if (link) {
        const children = inlineRange(text, i + 1, link.close, depth + 1, scan);
        // An unsafe or relative target keeps its words and loses the link.
        made = isSafeHref(link.href) ? [{ kind: 'link', href: link.href, children }] : children;
        after = link.end;
      }
    }
    if (!made) continue;
    pushText(out, text, from, i, escapes);
    for (const node of made) out.push(node);
    scan.spans++;
    from = after;
    escapes = false;
    i = after - 1;
  }
  pushText(out, text, from, stop, escapes);
  return out;
}

export function parseInline(text: string): Inline[] {
  return inlineRange(text, 0, text.length, 0, { closers: new Closers(text), spans: 0 });
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
    blocks.push({ kind: 'list', ordered: kind === 'numbered', items: items.map((item) => parseInline(item)) });
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
  const closers = new Closers(source);
  const targets: string[] = [];
  for (let i = source.indexOf('['); i >= 0; i = source.indexOf('[', i + 1)) {
    const link = linkAt(source, i, source.length, closers);
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

const inlineText = (nodes: Inline[]): string =>
  nodes.map((n) => (n.kind === 'text' ? n.text : inlineText(n.children))).join('');

/** The words of a caption without its marks, for text drawn on a picture: blocks as lines, list items bulleted. */
export function plainText(source: string): string[] {
  return parseMarkdown(source).flatMap((b) =>
    b.kind === 'paragraph'
      ? [inlineText(b.children)]
      : b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '•'} ${inlineText(item)}`),
  );
}
