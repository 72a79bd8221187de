// Debian's Chromium through playwright-core. WebGL runs on SwiftShader (software), which draws
// slowly but exactly: tests read pixels, never frame rates.
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

// As in ensure-tools.ts, which `npm test` runs first to install it where it is missing.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const launchChromium = () => chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

/** One browser for a test file; each test opens its own pages. */
export function useBrowser() {
  const holder: { browser: Browser } = {} as { browser: Browser };
  beforeAll(async () => {
    holder.browser = await launchChromium();
  });
  afterAll(async () => {
    await holder.browser?.close();
  });
  return {
    async page(width = 1280, height = 800, locale = 'de-DE'): Promise<Page> {
      const context = await holder.browser.newContext({ viewport: { width, height }, locale });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`browser: ${error.message}`));
      return page;
    },
  };
}

type Rgb = [number, number, number];

/**
 * Pixels of an element's screenshot that lie within `tolerance` of one of the colours (`near`) or
 * beyond it from the first (`far`), read from what the screen shows (WebGL included), not the DOM.
 */
async function countPixels(element: Locator, mode: 'near' | 'far', colors: Rgb[], tolerance: number): Promise<{ count: number; total: number }> {
  const png = (await element.screenshot()).toString('base64');
  return element.page().evaluate(
    async ({ png, mode, colors, tolerance }) => {
      // An <img> may load data: URLs under the app's Content Security Policy; fetch may not.
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const bitmap = await createImageBitmap(image);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      const distance = (i: number, c: number[]) => Math.abs(data[i]! - c[0]!) + Math.abs(data[i + 1]! - c[1]!) + Math.abs(data[i + 2]! - c[2]!);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (mode === 'far' ? distance(i, colors[0]!) > tolerance : colors.some((c) => distance(i, c) < tolerance)) count++;
      }
      return { count, total: data.length / 4 };
    },
    { png, mode, colors, tolerance },
  );
}

/** How many pixels of an element differ from its background colour: proof that something was drawn. */
export async function drawnPixels(element: Locator, background: Rgb): Promise<number> {
  return (await countPixels(element, 'far', [background], 40)).count;
}

/** The share of an element's pixels drawn in one of the colours (within a small tolerance). */
export async function shareOfColors(element: Locator, colors: Rgb[]): Promise<number> {
  const { count, total } = await countPixels(element, 'near', colors, 16);
  return count / total;
}

/** Milliseconds from navigation start to the first frame the graph canvas drew nodes in. */
export async function timeToFirstGraph(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('graph-drawn').length > 0, undefined, { timeout: 120_000 });
  return page.evaluate(() => performance.getEntriesByName('graph-drawn')[0]!.startTime);
}

/**
 * Once the camera rests: where the explorer's canvas draws the selected node (page px, from the
 * canvas's `data-selected-at`) and the box of the node panel beside it.
 */
export async function selectedAndPanel(page: Page): Promise<{ node: { x: number; y: number }; canvas: { x: number; y: number; width: number; height: number }; panel: { x: number; y: number; width: number; height: number } }> {
  const canvas = page.getByRole('application');
  let last = '';
  for (let i = 0; i < 60; i++) {
    await page.waitForTimeout(500);
    const at = (await canvas.getAttribute('data-selected-at')) ?? '';
    if (at && at === last) break;
    last = at;
  }
  const [x, y] = last.split(',').map(Number);
  const box = (await canvas.boundingBox())!;
  const panel = (await page.getByRole('complementary').boundingBox())!;
  return { node: { x: box.x + x!, y: box.y + y! }, canvas: box, panel };
}
