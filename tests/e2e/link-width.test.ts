// How wide links are drawn, measured on the screen in Chromium: the overview's 2D canvases
// (FlatRenderer) draw a link as wide as Sigma draws it in the firm views, and the links of the node
// pointed at are drawn a pixel wider than that in both, not twice as wide.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from '../setup/browser';

const browser = useBrowser();
let script = '';

beforeAll(async () => {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../setup/link-width-page.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    logLevel: 'warning',
  });
  script = result.outputFiles[0]!.text;
});

/** The ink (px) across the link in the middle of each of the four boxes: black on white, summed down the columns. */
async function inkAcross(size: number, zoom: number): Promise<{ sigma: number; flat: number; pointedSigma: number; pointedFlat: number }> {
  const page = await browser.page(1700, 320);
  await page.setContent('<!doctype html><body style="margin:0;background:#fff"></body>');
  await page.addScriptTag({ content: script });
  await page.evaluate(([size, zoom]) => window.drawLink(size!, zoom!), [size, zoom]);
  const png = (await page.screenshot()).toString('base64');
  const [sigma, flat, pointedSigma, pointedFlat] = await page.evaluate(async (png) => {
    const image = new Image();
    image.src = `data:image/png;base64,${png}`;
    await image.decode();
    const context = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data, width } = context.getImageData(0, 0, image.width, image.height);
    // Averaged over the middle 100 columns of the box, as a line may fall between pixels.
    return [0, 1, 2, 3].map((box) => {
      let ink = 0;
      for (let x = box * 420 + 150; x < box * 420 + 250; x++) {
        for (let y = 0; y < 300; y++) ink += (255 - data[(y * width + x) * 4]!) / 255;
      }
      return ink / 100;
    });
  }, png);
  await page.context().close();
  return { sigma: sigma!, flat: flat!, pointedSigma: pointedSigma!, pointedFlat: pointedFlat! };
}

describe('width of the links drawn', () => {
  it.each([
    [1, 1],
    [1.6, 1],
    [2, 1],
    [3, 1],
    [4, 1],
    [8, 1],
    [6, 2],
  ])('a link of size %s at camera ratio %s: as Sigma on the overview, a pixel wider where pointed at', async (size, zoom) => {
    const ink = await inkAcross(size, zoom);
    const message = JSON.stringify(ink);
    expect(ink.sigma, message).toBeGreaterThan(0.3);
    // Within what rasterising a fractional width on the CPU rounds away (3.24 px came out as 3.0).
    expect(Math.abs(ink.flat - ink.sigma), message).toBeLessThan(0.4);
    expect(Math.abs(ink.pointedFlat - ink.flat - 1), message).toBeLessThan(0.45);
    expect(Math.abs(ink.pointedSigma - ink.sigma - 1), message).toBeLessThan(0.45);
  });
});
