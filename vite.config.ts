import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// The default build is offline: a Content-Security-Policy that allows only its own origin makes the browser
// refuse any request elsewhere. A build configured with an external basemap leaves the policy out.
const OFFLINE_CSP = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self' data: blob:",
].join('; ');

function offlinePolicy(enabled: boolean): Plugin {
  return {
    name: 'offline-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      enabled
        ? html.replace(
            '<meta charset="UTF-8" />',
            `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${OFFLINE_CSP}" />`,
          )
        : html,
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const external = Boolean(env.VITE_BASEMAP_STYLE_URL || env.VITE_BASEMAP_PMTILES);
  return {
    // Relative base: the built app works from any folder or sub-path, and never names another origin.
    base: './',
    plugins: [react(), offlinePolicy(!external)],
    build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
    preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  };
});
