import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Chromium against the production build (dist/), served by vite preview.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/server.ts'],
    setupFiles: ['tests/e2e/setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    // Software WebGL on two cores: one browser at a time keeps timings sane.
    fileParallelism: false,
  },
});
