import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { atlasData } from './scripts/vite/atlas-data.ts';
import { robustness } from './scripts/vite/robustness.ts';
import { trimMaplibreCss } from './scripts/vite/maplibre-css.ts';

/** Vite's usual chunk warning size, which every chunk of ours is held to. */
const CHUNK_LIMIT_KB = 500;
/**
 * MapLibre ships as one prebuilt, minified module (maplibre-gl/dist/maplibre-gl.mjs, about 1 MB) that no bundler can
 * split. It is a chunk of its own, cached apart from the app's code, and the only one allowed past CHUNK_LIMIT_KB.
 */
const MAPLIBRE_CHUNK_LIMIT_KB = 1200;

/** Warns, as Vite would, about any chunk past CHUNK_LIMIT_KB other than MapLibre's. */
function chunkLimit(): Plugin {
  return {
    name: 'chunk-limit',
    apply: 'build',
    generateBundle(_, bundle) {
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk' || item.name === 'maplibre') continue;
        const kb = item.code.length / 1000;
        if (kb > CHUNK_LIMIT_KB)
          this.warn(`${item.fileName} is ${kb.toFixed(0)} kB, past ${CHUNK_LIMIT_KB} kB: split it with import()`);
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  return {
    // Relative base: the built app works from any folder or sub-path, and never names another origin.
    base: './',
    plugins: [react(), atlasData(), chunkLimit(), ...robustness(mode, env)],
    css: { postcss: { plugins: [trimMaplibreCss()] } },
    build: {
      target: 'es2022',
      // Every browser the atlas runs in preloads modules itself (Safari from 17); older ones only lose the preload.
      modulePreload: { polyfill: false },
      // Vite's own warning watches MapLibre's chunk; chunkLimit() watches the rest at the usual size.
      chunkSizeWarningLimit: MAPLIBRE_CHUNK_LIMIT_KB,
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              { name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ },
              { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            ],
          },
        },
      },
    },
    preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  };
});
