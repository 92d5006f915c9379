// Writes a geo/ file in the project's canonical formatting when the formatter exists, else as 2-space JSON.
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from './reference';

export async function writeGeoFile(path: string, value: unknown): Promise<void> {
  const formatter = resolve(REPO_ROOT, 'src', 'data', 'format.ts');
  let text = JSON.stringify(value, null, 2) + '\n';
  if (existsSync(formatter)) {
    const mod = (await import(formatter)) as { formatDataFile?: (v: unknown) => string };
    if (mod.formatDataFile) text = mod.formatDataFile(value);
  }
  writeFileSync(path, text);
}
