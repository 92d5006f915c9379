import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { atlasData } from './scripts/vite/atlas-data.ts';
import { robustness } from './scripts/vite/robustness.ts';

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  return {
    // Relative base: the built app works from any folder or sub-path, and never names another origin.
    base: './',
    plugins: [react(), atlasData(), ...robustness(mode, env)],
    build: { target: 'es2022' },
    preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  };
});
