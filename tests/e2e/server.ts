// Serves the test build (dist-e2e/) for the end-to-end run, on a free port so parallel runs do not collide.
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { TEST_MODE, TEST_OUT_DIR } from '../../scripts/vite/robustness.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}

let server: PreviewServer | undefined;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function setup(project: TestProject): Promise<void> {
  if (!existsSync(`${TEST_OUT_DIR}/index.html`))
    throw new Error(`${TEST_OUT_DIR}/ is missing: run \`npx vite build --mode ${TEST_MODE}\` before the e2e tests`);
  const port = await freePort();
  // The test build (window.__atlas for the specs), served with the same headers as `npm start`.
  server = await preview({
    mode: TEST_MODE,
    preview: { host: '127.0.0.1', port, strictPort: true },
    logLevel: 'warn',
  });
  project.provide('origin', `http://127.0.0.1:${port}`);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
