// CSV as RFC 4180 describes it (CRLF line ends, fields quoted when they hold a comma, quote or line break,
// quotes doubled), with a UTF-8 byte order mark so spreadsheet programs read Chinese and Cyrillic correctly.
import { COLUMNS, type FlatRecord, type FlatValue } from './flatten';

export const BOM = '\uFEFF';

/**
 * Spreadsheets run a cell that starts with = + - @ as a formula. Text is prefixed with an apostrophe so a
 * name can never become one; numbers are left alone.
 */
function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvField(value: FlatValue): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : neutralise(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows under a header of `columns` (the record columns unless a caller adds its own). */
export function toCsv<R extends FlatRecord>(
  rows: readonly R[],
  columns: readonly (keyof R & string)[] = COLUMNS,
): string {
  const lines = [
    columns.join(','),
    ...rows.map((row) => columns.map((c) => csvField((row[c] as FlatValue | undefined) ?? null)).join(',')),
  ];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
