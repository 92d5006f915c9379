import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { atlasData } from './scripts/vite/atlas-data.ts';

export default defineConfig({
  plugins: [react(), atlasData()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Component tests opt into jsdom with a `// @vitest-environment jsdom` line.
    setupFiles: ['tests/unit/setup.ts'],
  },
});
