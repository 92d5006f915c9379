// Schema problems in a record, said in words an analyst reads without knowing zod: what is missing, what kind of
// value was expected and what was written instead.
import type { z } from 'zod';

type RawIssue = z.core.$ZodRawIssue;

function shown(v: unknown): string {
  if (typeof v === 'string') return `the text "${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (v === null) return 'null';
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

const A: Record<string, string> = {
  number: 'a number',
  string: 'a text in quotes',
  array: 'a list [ … ]',
  object: 'an object { … }',
  boolean: 'true or false',
};

/** The message for one zod issue, or undefined to keep zod's own. */
export function inWords(iss: RawIssue): string | undefined {
  const field = iss.path?.length ? String(iss.path[iss.path.length - 1]) : 'the record';
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return `${field} is missing; it is required`;
      return `${field} should be ${A[iss.expected] ?? iss.expected}, not ${shown(iss.input)}`;
    case 'unrecognized_keys':
      return `unknown field${iss.keys.length === 1 ? '' : 's'} ${iss.keys.map((k) => `"${k}"`).join(', ')} (a typo? the fields are listed in geo/README.md)`;
    case 'too_big':
      if (iss.origin === 'number')
        return `${String(iss.input)} is more than the largest allowed, ${String(iss.maximum)}`;
      if (iss.origin === 'array') return `at most ${String(iss.maximum)} entries`;
      return undefined;
    case 'too_small':
      if (iss.origin === 'number')
        return `${String(iss.input)} is less than the smallest allowed, ${String(iss.minimum)}`;
      if (iss.origin === 'array') return `at least ${String(iss.minimum)} entr${iss.minimum === 1 ? 'y' : 'ies'}`;
      if (iss.origin === 'string') return `${field} is empty`;
      return undefined;
    case 'invalid_value':
      return `${shown(iss.input)} is not allowed here; expected one of ${iss.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return undefined;
  }
}
