import { defineConfig } from 'vite';

// Builds the bare MapLibre reference page (tests/bench/bare) with the same public/ assets as the app.
export default defineConfig({
  root: 'tests/bench/bare',
  base: './',
  publicDir: '../../../public',
  build: { outDir: '../../../dist-bench', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1500 },
});
