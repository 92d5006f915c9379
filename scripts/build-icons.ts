// Renders public/icons/icon.svg (drawn for the atlas) to the PNG sizes the web app manifest names, in Chromium.
// Run once after changing the drawing: `npx tsx scripts/build-icons.ts`; the PNGs are committed.
import { readFileSync, writeFileSync } from 'node:fs';
import { launchChromium } from './chromium';

const svg = readFileSync('public/icons/icon.svg', 'utf8');
const browser = await launchChromium();
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<body style="margin:0"><img src="data:image/svg+xml,${encodeURIComponent(svg)}" width="${size}" height="${size}"></body>`,
    );
    writeFileSync(`public/icons/icon-${size}.png`, await page.screenshot({ omitBackground: true }));
    await page.close();
  }
} finally {
  await browser.close();
}
