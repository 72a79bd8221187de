// Selecting nodes in a drawn network of 5,000 actors (about 30,000 links): each click on a node opens
// its panel. How long the main thread is kept busy meanwhile is printed (tests/setup/main-thread.ts)
// and measured by the bench; the bound (no task or stall over 200 ms) is met on a quiet
// machine but not reliably while other suites share the two cores (the README's Benchmark has the
// figures), so it is not asserted here.
import { describe, expect, it } from 'vitest';
import { bulkImportDataset } from '../../seed/src/bulk-import';
import { generateDataset } from '../../seed/src/generate';
import { useBrowser } from '../setup/browser';
import { demoApp } from '../setup/e2e-server';
import { selectNodes, watchMainThread } from '../setup/main-thread';

const server = demoApp((runner) => bulkImportDataset(runner, generateDataset({ firms: 5000, seed: 5 })));
const browser = useBrowser();

describe('a drawn network of 5,000 actors', () => {
  it('selects the nodes clicked on', { timeout: 900_000 }, async () => {
    // The network the page will ask for, fetched once ahead: a slow answer fails here, by name.
    const network = await fetch(`${server.url}/api/network/cluster?limit=5000`);
    expect(network.status).toBe(200);
    const page = await browser.page(1280, 800, 'en-GB');
    await watchMainThread(page);
    await page.goto(`${server.url}/en?view=all&limit=5000`);
    await page.locator('[data-drawn-nodes="5000"]').waitFor({ timeout: 300_000 });
    // ForceAtlas2 starts with the drawing; selection is measured once its run has ended.
    await page.getByRole('button', { name: 'Improve layout', pressed: false }).waitFor({ timeout: 600_000 });

    const figures = await selectNodes(page, 3);
    console.log(`selecting in 5,000 nodes: longest main-thread task ${figures.longestTaskMs.toFixed(0)} ms, longest stall ${figures.longestStallMs.toFixed(0)} ms`);
    expect(figures.selections).toBe(3);
  });
});
