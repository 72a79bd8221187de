// Browser figures in headless Chromium (software WebGL through SwiftShader, as on this machine):
// time from navigation to the first frame with nodes, for the overview and for networks of all
// actors of a given node count; and, in the largest of them, the longest main-thread task while
// selecting nodes (a PerformanceObserver of long tasks).
import type { Page } from 'playwright-core';
import { launchChromium, timeToFirstGraph } from '../setup/browser';

export interface RenderResult {
  view: string;
  nodes: number;
  apiMs: number;
  firstGraphMs: number;
}

export interface SelectionResult {
  nodes: number;
  selections: number;
  longestTaskMs: number;
}

async function timed(url: string): Promise<{ ms: number; body: unknown }> {
  const t0 = performance.now();
  const body = await (await fetch(url)).json();
  return { ms: performance.now() - t0, body };
}

/** Clicks across the canvas until three nodes were selected; the longest task in between. */
async function selectNodes(page: Page): Promise<{ selections: number; longest: number }> {
  const box = (await page.getByRole('application').boundingBox())!;
  let selections = 0;
  let longest = 0;
  for (let i = 0; i < 60 && selections < 3; i++) {
    const since = await page.evaluate(() => performance.now());
    await page.mouse.click(box.x + box.width * (0.3 + (0.04 * ((i * 7) % 10))), box.y + box.height * (0.3 + (0.04 * ((i * 3) % 10))));
    if (!(await page.waitForURL(/sel=/, { timeout: 1_500 }).then(() => true, () => false))) continue;
    await page.getByRole('complementary').getByRole('heading', { level: 2 }).waitFor();
    await page.waitForTimeout(500);
    const tasks = await page.evaluate((t) => (window as unknown as { longTasks: number[][] }).longTasks.filter(([start]) => start! >= t), since);
    longest = Math.max(longest, ...tasks.map(([, duration]) => duration!));
    selections++;
    await page.getByRole('complementary').getByRole('button').first().click();
    await page.waitForURL((url) => !url.searchParams.has('sel'));
  }
  return { selections, longest };
}

export async function measureRendering(base: string, sizes: number[]): Promise<{ rendering: RenderResult[]; selection?: SelectionResult }> {
  const browser = await launchChromium();
  const rendering: RenderResult[] = [];
  let selection: SelectionResult | undefined;
  try {
    const views = [
      { view: 'overview', api: '/api/network/overview', page: '/en', count: (b: unknown) => (b as { groups: unknown[] }).groups.length },
      ...sizes.map((size) => ({
        view: `all actors, limit ${size.toLocaleString('en')}`,
        api: `/api/network/cluster?limit=${size}`,
        page: `/en?view=all&limit=${size}`,
        count: (b: unknown) => (b as { graph: { nodes: unknown[] } }).graph.nodes.length,
      })),
    ];
    for (const [i, view] of views.entries()) {
      const { ms, body } = await timed(`${base}${view.api}`);
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.addInitScript(() => {
        const tasks: number[][] = [];
        (window as unknown as { longTasks: number[][] }).longTasks = tasks;
        new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
      });
      let firstGraphMs = Number.NaN;
      try {
        firstGraphMs = await timeToFirstGraph(page, `${base}${view.page}`);
        if (i === views.length - 1 && i > 0) {
          await page.getByRole('button', { name: 'Improve layout' }).waitFor({ timeout: 300_000 });
          const { selections, longest } = await selectNodes(page);
          selection = { nodes: view.count(body), selections, longestTaskMs: longest };
        }
      } catch (error) {
        console.error(`\n${view.view}: ${(error as Error).message.split('\n')[0]}`);
      }
      await page.close();
      rendering.push({ view: view.view, nodes: view.count(body), apiMs: ms, firstGraphMs });
    }
  } finally {
    await browser.close();
  }
  return { rendering, selection };
}
