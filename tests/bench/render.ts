// Browser figures: time from navigation to the first frame with nodes in headless Chromium
// (software WebGL through SwiftShader, as on this machine), for networks of a given node count.
import { launchChromium, timeToFirstGraph } from '../setup/browser';

export interface RenderResult {
  requested: number;
  nodes: number;
  apiMs: number;
  firstGraphMs: number;
}

export async function measureRendering(base: string, sizes: number[]): Promise<RenderResult[]> {
  const browser = await launchChromium();
  const results: RenderResult[] = [];
  try {
    for (const requested of sizes) {
      const t0 = performance.now();
      const response = await fetch(`${base}/api/network/cluster?limit=${requested}`);
      const network = (await response.json()) as { graph: { nodes: unknown[] } };
      const apiMs = performance.now() - t0;
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      let firstGraphMs = Number.NaN;
      try {
        firstGraphMs = await timeToFirstGraph(page, `${base}/en?limit=${requested}`);
      } catch (error) {
        console.error(`\nno graph drawn for ${requested} nodes: ${(error as Error).message.split('\n')[0]}`);
      }
      await page.close();
      results.push({ requested, nodes: network.graph.nodes.length, apiMs, firstGraphMs });
    }
  } finally {
    await browser.close();
  }
  return results;
}
