// The export and import part of the benchmark: the workshop report of the whole region and an
// import of 20,000 new firms (preview, then apply), each with its time and the peak memory of this
// process (the server runs in it) above what it used before.
import { loadavg } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { writeQuery } from '../../server/src/graph/queries';
import type { QueryRunner } from '../../server/src/graph/runner';
import { createAccount, signIn } from '../setup/accounts';

export interface ExportBenchRow {
  what: string;
  seconds: number;
  peakMiB: number;
  size: string;
  /** The machine's load average (1 minute) as it started and as it ended: on shared cores it moves the time. */
  load: string;
}

/** Runs `work` while sampling this process's resident memory; the peak above the start. */
export async function measured(work: () => Promise<string>): Promise<Omit<ExportBenchRow, 'what'>> {
  const loadBefore = loadavg()[0]!.toFixed(1);
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const start = performance.now();
  try {
    const size = await work();
    const seconds = (performance.now() - start) / 1000;
    return { seconds, peakMiB: (Math.max(peak, process.memoryUsage().rss) - before) / 2 ** 20, size, load: `${loadBefore} → ${loadavg()[0]!.toFixed(1)}` };
  } finally {
    clearInterval(timer);
  }
}

export async function measureReport(app: FastifyInstance): Promise<ExportBenchRow> {
  const report = await measured(async () => {
    const response = await app.inject({ method: 'GET', url: '/api/exports/report?scope=all&lang=de-cs' });
    // A refusal is a figure too (how long until it came): the import is measured after it all the same.
    if (response.statusCode !== 200) return `failed: ${response.statusCode} ${response.json<{ code?: string }>().code ?? ''}`;
    return `${(response.rawPayload.length / 2 ** 20).toFixed(1)} MiB PDF`;
  });
  return { what: 'report, whole region (de-cs)', ...report };
}

const deleteBenchFirms = writeQuery<never>('bench/delete-bench-firms');

/** `rows` new firms as an import CSV, spread over six districts of both countries. */
export function benchImportCsv(rows: number): Buffer {
  const lines = ['id,kind,name,district,town,sector,size,employees'];
  const districts = ['DED42', 'DED41', 'DED21', 'CZ041', 'CZ042', 'CZ051'];
  for (let i = 1; i <= rows; i++) {
    lines.push(`F-BENCH-${String(i).padStart(6, '0')},firm,Benchmark Firma ${i},${districts[i % districts.length]},Ort ${i % 97},C25.62,small,${i % 250}`);
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);
}

/** Preview and apply of `rows` new firms by a staff member; the firms are deleted afterwards so the bench graph stays the same. */
export async function measureImport(app: FastifyInstance, runner: QueryRunner, rows = 20_000): Promise<ExportBenchRow[]> {
  const csv = benchImportCsv(rows);
  const staff = await signIn(app, (await createAccount(runner, 'staff')).email);
  const results: ExportBenchRow[] = [];
  for (const step of ['preview', 'apply'] as const) {
    const run = await measured(async () => {
      const response = await app.inject({ method: 'POST', url: `/api/imports/${step}?file=bench.csv`, payload: csv, headers: { ...staff.headers, 'content-type': 'text/csv' } });
      if (response.statusCode !== 200) throw new Error(`import ${step}: ${response.statusCode} ${response.body.slice(0, 200)}`);
      const counts = response.json().counts.actors;
      return `${rows.toLocaleString('en')} rows: ${counts.create} new, ${counts.reject} rejected`;
    });
    results.push({ what: `import ${step}`, ...run });
  }
  await runner.runAutoCommit(deleteBenchFirms);
  return results;
}
