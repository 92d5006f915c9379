// A word that mixes Latin and Cyrillic letters is a typing slip no reader sees ("Базa" with a Latin a): it breaks
// search and sorting. Checked in every text a record shows: names, crossing-side names, aliases, summaries, figure
// labels and notes, source titles and publishers.
import type { DataIssue, Located } from '../parse';
import type { Figure, Names } from '../schema';
import { at, type Rule } from './context';

const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const WORD = /[\p{L}\p{M}]+/gu;

/** The words of a text that hold both Latin and Cyrillic letters. */
export function mixedScriptWords(text: string): string[] {
  return (text.match(WORD) ?? []).filter((w) => LATIN.test(w) && CYRILLIC.test(w));
}

/** Which letters of a mixed word are the odd ones out, e.g. "Базa: Latin a". */
function describe(word: string): string {
  const letters = [...word];
  const latin = letters.filter((c) => LATIN.test(c));
  const cyrillic = letters.filter((c) => CYRILLIC.test(c));
  const [fewer, script] = latin.length <= cyrillic.length ? [latin, 'Latin'] : [cyrillic, 'Cyrillic'];
  return `"${word}" mixes Latin and Cyrillic letters (${script} ${fewer.join(', ')}); retype the word in one alphabet`;
}

type Texts = [path: string, text: string | undefined][];

const namesAt = (base: string, n: Partial<Names> | undefined): Texts =>
  n ? (Object.entries(n) as [string, string][]).map(([lang, text]) => [`${base}.${lang}`, text]) : [];

const figureTexts = (base: string, figures: Figure[]): Texts =>
  figures.flatMap((f, i) => [...namesAt(`${base}[${i}].label`, f.label), ...namesAt(`${base}[${i}].note`, f.note)]);

interface Common {
  names?: Names;
  aliases?: string[];
  summary?: Names;
  figures?: Figure[];
  sides?: { name?: Names }[];
}

function commonTexts(p: Common, base: string): Texts {
  return [
    ...namesAt(`${base}names`, p.names),
    ...(p.aliases ?? []).map((a, i): [string, string] => [`${base}aliases[${i}]`, a]),
    ...namesAt(`${base}summary`, p.summary),
    ...figureTexts(`${base}figures`, p.figures ?? []),
    ...(p.sides ?? []).flatMap((s, i) => namesAt(`${base}sides[${i}].name`, s.name)),
  ];
}

function check<T extends Parameters<typeof at>[1]['value']>(
  file: Parameters<typeof at>[0],
  rec: Located<T>,
  texts: Texts,
): DataIssue[] {
  return texts.flatMap(([path, text]) =>
    mixedScriptWords(text ?? '').map((w) => at(file, rec as Located<never>, path, describe(w))),
  );
}

export const scripts: Rule = ({ files }) => [
  ...files['sources.json'].records.flatMap((r) =>
    check('sources.json', r, [
      ['title', r.value.title],
      ['publisher', r.value.publisher],
    ]),
  ),
  ...files['corridors.json'].records.flatMap((r) => check('corridors.json', r, commonTexts(r.value, ''))),
  ...files['nodes.geojson'].records.flatMap((r) =>
    check('nodes.geojson', r, commonTexts(r.value.properties, 'properties.')),
  ),
  ...files['segments.geojson'].records.flatMap((r) =>
    check('segments.geojson', r, commonTexts(r.value.properties, 'properties.')),
  ),
  ...files['projects.geojson'].records.flatMap((r) =>
    check('projects.geojson', r, [
      ...commonTexts(r.value.properties, 'properties.'),
      ...namesAt('properties.investment.label', r.value.properties.investment?.label),
      ...namesAt('properties.investment.note', r.value.properties.investment?.note),
    ]),
  ),
];
