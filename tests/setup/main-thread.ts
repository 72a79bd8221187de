// How long the browser's main thread is kept busy while a user selects nodes on the canvas. Two
// measures: the long tasks the browser reports (PerformanceObserver, 'longtask'), and how late a
// timer set every 20 ms runs. The second also sees the main thread waiting for the GPU outside a
// task's own accounting (with software WebGL, a 2D canvas flushed after a task waited seconds for
// the GPU process and was reported as no long task at all).
import type { Page } from 'playwright-core';

interface Watch {
  tasks: number[][];
  stalls: number[][];
}

/** Call before the page loads. */
export async function watchMainThread(page: Page): Promise<void> {
  // As text: a function would be sent as its source, which a TypeScript runner may have decorated.
  await page.addInitScript({
    content: `{
      const watch = { tasks: [], stalls: [] };
      window.mainThread = watch;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => watch.tasks.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
      let due = performance.now() + 20;
      setTimeout(function tick() {
        const now = performance.now();
        if (now - due > 50) watch.stalls.push([due, now - due]);
        due = now + 20;
        setTimeout(tick, 20);
      }, 20);
    }`,
  });
}

export interface SelectionFigures {
  selections: number;
  /** The longest task reported, ms. */
  longestTaskMs: number;
  /** The longest time the main thread could not run a due timer, ms. */
  longestStallMs: number;
}

/**
 * On an English page: clicks across the middle of the canvas until `wanted` nodes were selected
 * (each shown in the panel, then closed again); the longest task and stall from the first click on.
 */
export async function selectNodes(page: Page, wanted: number): Promise<SelectionFigures> {
  const box = (await page.getByRole('application').boundingBox())!;
  const panel = page.getByRole('complementary');
  // A frame still to be drawn (the layout's last positions, which Sigma indexes in full as it
  // draws them) is not part of selecting: headless Chromium drew it up to a second later.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const since = await page.evaluate(() => performance.now());
  let selections = 0;
  for (let i = 0; i < 60 && selections < wanted; i++) {
    await page.mouse.click(box.x + box.width * (0.3 + (0.04 * ((i * 7) % 10))), box.y + box.height * (0.3 + (0.04 * ((i * 3) % 10))));
    if (!(await page.waitForURL(/sel=/, { timeout: 1_500 }).then(() => true, () => false))) continue;
    await panel.getByRole('heading', { level: 2 }).waitFor();
    await page.waitForTimeout(500);
    selections++;
    await panel.getByRole('button', { name: 'Clear selection' }).click();
    await page.waitForURL((url) => !url.searchParams.has('sel'));
    await page.waitForTimeout(500);
  }
  const { tasks, stalls } = await page.evaluate(() => (window as unknown as { mainThread: Watch }).mainThread);
  const longest = (entries: number[][]) => Math.max(0, ...entries.filter(([start, duration]) => start! + duration! >= since).map(([, duration]) => duration!));
  return { selections, longestTaskMs: longest(tasks), longestStallMs: longest(stalls) };
}
