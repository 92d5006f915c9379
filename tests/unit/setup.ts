import { afterEach } from 'vitest';
import { LANGS, loadToolStrings } from '../../src/i18n';
import { resetAppStore } from '../../src/store';

// The app loads the reader's strings before its first render (main.tsx) and the tools' with their code; tests read
// all of them in all three languages.
await Promise.all(LANGS.map(loadToolStrings));

afterEach(() => resetAppStore());
