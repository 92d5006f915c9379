import { afterEach } from 'vitest';
import { LANGS, loadCatalogue } from '../../src/i18n';
import { resetAppStore } from '../../src/store';

// The app loads the reader's strings before its first render (main.tsx); tests read all three languages.
await Promise.all(LANGS.map(loadCatalogue));

afterEach(() => resetAppStore());
