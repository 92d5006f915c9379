// The one way geo/ files are written, so hand edits and scripted edits produce the same text and diffs stay small.
//
// - 2-space indented JSON, keys in the order given, except that a GeoJSON Feature reads
//   type, id, properties, geometry: the record's identity comes before its coordinates.
// - A position [lon, lat] always sits on one line; a list of positions (a line or a ring) is a block with one
//   position per line, so moving or inserting a vertex changes one line.
// - Short lists of plain values (ids, country codes) and small flat objects (names, crossing sides, a Point geometry)
//   sit on one line when it fits in WIDTH characters.
// - A trailing newline.

const WIDTH = 120;
const FEATURE_KEYS = ['type', 'id', 'properties', 'geometry'];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isPrimitive = (v: unknown): boolean => v === null || typeof v !== 'object';
const isPosition = (v: unknown): v is number[] =>
  Array.isArray(v) && v.length >= 2 && v.length <= 3 && v.every((n) => typeof n === 'number');

function inline(values: readonly unknown[]): string {
  return `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;
}

function orderedKeys(obj: Record<string, unknown>): string[] {
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined);
  if (obj.type !== 'Feature') return keys;
  const first = FEATURE_KEYS.filter((k) => keys.includes(k));
  return [...first, ...keys.filter((k) => !FEATURE_KEYS.includes(k))];
}

function write(value: unknown, indent: string, prefixLength: number): string {
  if (isPrimitive(value)) return JSON.stringify(value as Json);
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (isPosition(value)) return inline(value);
    if (value.every(isPosition)) return `[\n${value.map((p) => inner + inline(p)).join(',\n')}\n${indent}]`;
    if (value.every(isPrimitive)) {
      const one = inline(value);
      if (prefixLength + one.length <= WIDTH) return one;
    }
    const items = value.map((v) => inner + write(v === undefined ? null : v, inner, inner.length));
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  const obj = value as Record<string, unknown>;
  const keys = orderedKeys(obj);
  if (keys.length === 0) return '{}';
  if (keys.every((k) => isPrimitive(obj[k]) || isPosition(obj[k]))) {
    const one = `{ ${keys.map((k) => `${JSON.stringify(k)}: ${write(obj[k], inner, 0)}`).join(', ')} }`;
    if (prefixLength + one.length <= WIDTH) return one;
  }
  const lines = keys.map((k) => {
    const head = `${inner}${JSON.stringify(k)}: `;
    return head + write(obj[k], inner, head.length);
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

/** The canonical text of a geo/ file holding `value`. */
export function formatDataFile(value: unknown): string {
  return write(value, '', 0) + '\n';
}

/** Why a file's text is not canonical, naming the first line that differs; undefined when it is canonical. */
export function formattingProblem(text: string, value: unknown): string | undefined {
  const canonical = formatDataFile(value);
  if (canonical === text) return undefined;
  const have = text.split('\n');
  const want = canonical.split('\n');
  let i = 0;
  while (i < have.length && have[i] === want[i]) i++;
  return `not canonically formatted (first at line ${i + 1}); run \`npm run format:data\``;
}
