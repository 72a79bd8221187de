// Browser figures in headless Chromium (software WebGL through SwiftShader, as on this machine):
// time from navigation to the first frame with nodes, for the overview and for networks of all
// actors of a given node count; and, in the largest of them, the longest main-thread task and stall
// while selecting nodes (tests/setup/main-thread.ts).
import { loadavg } from 'node:os';
import { launchChromium, timeToFirstGraph } from '../setup/browser';
import { selectNodes, watchMainThread, type SelectionFigures } from '../setup/main-thread';

export interface RenderResult {
  view: string;
  nodes: number;
  apiMs: number;
  firstGraphMs: number;
  /** The machine's 1-minute load average as the view was drawn. */
  load: number;
}

export interface SelectionResult extends SelectionFigures {
  nodes: number;
  load: number;
}

async function timed(url: string): Promise<{ ms: number; body: unknown }> {
  const t0 = performance.now();
  const body = await (await fetch(url)).json();
  return { ms: performance.now() - t0, body };
}

export async function measureRendering(base: string, sizes: number[]): Promise<{ rendering: RenderResult[]; selection?: SelectionResult }> {
  const browser = await launchChromium();
  const rendering: RenderResult[] = [];
  let selection: SelectionResult | undefined;
  try {
    const views = [
      { view: 'overview', api: '/api/network/overview', page: '/en', count: (b: unknown) => (b as { groups?: unknown[] }).groups?.length ?? Number.NaN },
      ...sizes.map((size) => ({
        view: `all actors, limit ${size.toLocaleString('en')}`,
        api: `/api/network/cluster?limit=${size}`,
        page: `/en?view=all&limit=${size}`,
        // An error answer (a 422 when the machine is too busy for the query) has no graph.
        count: (b: unknown) => (b as { graph?: { nodes: unknown[] } }).graph?.nodes.length ?? Number.NaN,
      })),
    ];
    for (const [i, view] of views.entries()) {
      const { ms, body } = await timed(`${base}${view.api}`);
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await watchMainThread(page);
      let firstGraphMs = Number.NaN;
      try {
        firstGraphMs = await timeToFirstGraph(page, `${base}${view.page}`);
        if (i === views.length - 1 && i > 0) {
          await page.getByRole('button', { name: 'Improve layout', pressed: false }).waitFor({ timeout: 300_000 });
          selection = { nodes: view.count(body), ...(await selectNodes(page, 3)), load: loadavg()[0]! };
        }
      } catch (error) {
        console.error(`\n${view.view}: ${(error as Error).message.split('\n')[0]}`);
      }
      await page.close();
      rendering.push({ view: view.view, nodes: view.count(body), apiMs: ms, firstGraphMs, load: loadavg()[0]! });
    }
  } finally {
    await browser.close();
  }
  return { rendering, selection };
}
