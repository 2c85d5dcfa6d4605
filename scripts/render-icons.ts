// Writes the app's icons: public/favicon.svg (also the manifest's scalable icon), and PNGs of 192 and
// 512 px plus a maskable 512 px one, rendered from the same SVG by the system Chromium. Run it after
// changing the mark: `npx tsx scripts/render-icons.ts` (the outputs are committed).
import { writeFileSync } from 'node:fs';
import { launchChromium } from '../tests/e2e/harness';

// A 3 × 3 heatmap in the default palette (YlGnBu's lighter two thirds, which read on the navy ground).
const SCORES = [
  [10, 3, 6],
  [4, 9, 1],
  [7, 2, 8],
];
const SHADES = [
  '#d7efb3',
  '#c2e6b4',
  '#96d6b9',
  '#6fc7bd',
  '#4fb9c1',
  '#31a2c2',
  '#2490bd',
  '#2372b4',
  '#225ba6',
  '#1f48a0',
  '#1c3a8f',
];
const GROUND = '#081d58';

/** The mark on a 512-unit square: `inset` is the grid's margin, `radius` the ground's corner. */
function iconSvg(inset: number, radius: number): string {
  const gap = Math.round((512 - 2 * inset) / 32);
  const cell = (512 - 2 * inset - 2 * gap) / 3;
  const cells = SCORES.flatMap((row, r) =>
    row.map(
      (s, c) =>
        `<rect x="${inset + c * (cell + gap)}" y="${inset + r * (cell + gap)}" width="${cell}" height="${cell}" rx="${Math.round(cell / 9)}" fill="${SHADES[s]!}"/>`,
    ),
  );
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">',
    `<rect width="512" height="512" rx="${radius}" fill="${GROUND}"/>`,
    ...cells,
    '</svg>',
    '',
  ].join('\n');
}

async function main() {
  const plain = iconSvg(64, 96);
  // Maskable: full bleed, the grid inside the central circle of 80 % that every mask keeps.
  const maskable = iconSvg(116, 0);
  writeFileSync('public/favicon.svg', plain);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    for (const [file, svg, size] of [
      ['icon-192.png', plain, 192],
      ['icon-512.png', plain, 512],
      ['icon-maskable-512.png', maskable, 512],
    ] as const) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${svg.replace('width="512" height="512"', `width="${size}" height="${size}"`)}</body></html>`,
      );
      writeFileSync(`public/icons/${file}`, await page.locator('svg').screenshot({ omitBackground: true }));
    }
  } finally {
    await browser.close();
  }
}

await main();
