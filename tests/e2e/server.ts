// Serves the production build for the end-to-end run.
import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';

let server: PreviewServer | undefined;

export const PORT = 4174;

export async function setup(): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` before the e2e tests');
  server = await preview({ preview: { host: '127.0.0.1', port: PORT, strictPort: true }, logLevel: 'warn' });
}

export async function teardown(): Promise<void> {
  await server?.close();
}
