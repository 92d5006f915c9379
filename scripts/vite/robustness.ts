// The build's safety and offline plugins, kept apart from vite.config.ts: the Content-Security-Policy (as a
// header for `npm start` and a <meta> fallback), the web app manifest links, the service worker, the third-party
// notices, and the test build (`--mode e2e`, into dist-e2e/) that alone exposes window.__atlas to the e2e tests.
import type { Plugin } from 'vite';
import { basemapOrigins, cspMeta, frameAncestorsFrom, securityHeaders, type CspOptions } from './csp.ts';
import { serviceWorker } from './offline.ts';
import { thirdPartyNotices } from './notices.ts';

/** The mode of the test build; its output goes to TEST_OUT_DIR so it is never mistaken for the release. */
export const TEST_MODE = 'e2e';
export const TEST_OUT_DIR = 'dist-e2e';

const HEAD_LINKS = [
  '<link rel="icon" href="icons/icon.svg" type="image/svg+xml" />',
  '<link rel="apple-touch-icon" href="icons/icon-192.png" />',
  '<link rel="manifest" href="manifest.webmanifest" />',
  '<meta name="theme-color" content="#1d4e6b" />',
].join('\n    ');

function policy(mode: string, options: CspOptions): Plugin {
  const headers = securityHeaders(options);
  return {
    name: 'atlas-policy',
    config: () => ({
      preview: { headers },
      ...(mode === TEST_MODE ? { build: { outDir: TEST_OUT_DIR } } : {}),
    }),
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        let out = html.replace('<link rel="icon" href="data:," />', HEAD_LINKS);
        // The dev server injects inline scripts for hot reload; the policy is for the built app.
        if (!ctx.server)
          out = out.replace(
            '<meta charset="UTF-8" />',
            `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${cspMeta(options)}" />`,
          );
        return out;
      },
    },
  };
}

export function robustness(mode: string, env: Record<string, string | undefined>): Plugin[] {
  const options: CspOptions = {
    basemapOrigins: basemapOrigins(env),
    frameAncestors: frameAncestorsFrom(process.env.ATLAS_FRAME_ANCESTORS),
  };
  return [policy(mode, options), serviceWorker(), thirdPartyNotices()];
}
