// The export part of the benchmark: the workshop report of the whole region, with its time and the
// peak memory of this process (the server runs in it) above what it used before.
import type { FastifyInstance } from 'fastify';

export interface ExportBenchRow {
  what: string;
  seconds: number;
  peakMiB: number;
  size: string;
}

/** Runs `work` while sampling this process's resident memory; the peak above the start. */
export async function measured(work: () => Promise<string>): Promise<{ seconds: number; peakMiB: number; size: string }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const start = performance.now();
  try {
    const size = await work();
    return { seconds: (performance.now() - start) / 1000, peakMiB: (Math.max(peak, process.memoryUsage().rss) - before) / 2 ** 20, size };
  } finally {
    clearInterval(timer);
  }
}

export async function measureReport(app: FastifyInstance): Promise<ExportBenchRow> {
  const report = await measured(async () => {
    const response = await app.inject({ method: 'GET', url: '/api/exports/report?scope=all&lang=de-cs' });
    if (response.statusCode !== 200) throw new Error(`report: ${response.statusCode} ${response.body.slice(0, 200)}`);
    return `${(response.rawPayload.length / 2 ** 20).toFixed(1)} MiB PDF`;
  });
  return { what: 'report, whole region (de-cs)', ...report };
}
