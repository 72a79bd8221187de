// `npm run bench [-- --firms 10000 --calls 200 --concurrency 8 --budget 60 --seconds 3
// --only 'ego|chains' --render 2000,20000,100000]`: loads a generated graph of the chosen size (once;
// later runs reuse it), warms up, then measures every API query through HTTP and directly (in turn,
// call by call) and prints p50/p95/p99, requests per second under concurrency and the API/direct
// ratio. Each phase stops after --calls calls or --budget seconds, whichever comes first (the n column
// says how many calls a row rests on); the warm-up and the concurrent phase go on for at least
// --seconds. Then the explorer's time to the first drawn graph in headless Chromium for
// networks of the --render sizes (--render '' skips it). Then the timetable of a generated cooperation
// event of --schedule participants,requests,slots,tables (--schedule '' skips it). Then the workshop
// report of the whole region and a 20,000-row import (--exports false skips them). Results also go to
// .bench/results-<firms>-<time>.json for comparison between runs. --metrics false skips the
// whole-region metrics job and keeps the measures an earlier run stored; --comparisons false skips
// the side-by-side comparisons (--only selects among them too).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { startLocalNeo4j } from '../../neo4j/local-neo4j';
import { buildApp } from '../../server/src/app';
import { createDriver, waitForDatabase } from '../../server/src/graph/database';
import { QueryRunner } from '../../server/src/graph/runner';
import { applySchema } from '../../server/src/graph/schema';
import { loadBenchGraph } from './load-graph';
import { cases } from './cases';
import { drawSamples } from './samples';
import { measureRendering, type RenderResult, type SelectionResult } from './render';
import { buildWebIfStale } from '../../server/src/web-build';
import { getOk, runAlternating, runLoad } from './load';
import { summarize, table } from './stats';
import { measureSchedule, type ScheduleBenchResult } from './schedule';
import { measureImport, measureReport, type ExportBenchRow } from './exports';
import { comparisons } from './comparisons';
import { measureMetricsJob } from './metrics-job';

const { values: args } = parseArgs({
  options: {
    firms: { type: 'string', default: '10000' },
    calls: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '8' },
    warmup: { type: 'string', default: '30' },
    budget: { type: 'string', default: '60' },
    seconds: { type: 'string', default: '3' },
    only: { type: 'string', default: '' },
    render: { type: 'string', default: '2000,5000' },
    schedule: { type: 'string', default: '300,2000,12,40' },
    exports: { type: 'string', default: 'true' },
    metrics: { type: 'string', default: 'true' },
    // 'built-in' declines the Graph Data Science library where the database has it (METRICS_ENGINE).
    engine: { type: 'string', default: 'auto' },
    comparisons: { type: 'string', default: 'true' },
    // A built web app (a copy of web/build of the code before a change): the browser part runs on
    // it first, then on the current build, both against this run's API.
    'web-before': { type: 'string', default: '' },
  },
});
const firms = Number(args.firms);
const calls = Number(args.calls);
const concurrency = Number(args.concurrency);
const warmup = Number(args.warmup);
const budgetMs = Number(args.budget) * 1000;
const minMs = Number(args.seconds) * 1000;
const only = new RegExp(args.only, 'i');
const selected = cases.filter((c) => only.test(c.name));
const renderSizes = args.render ? args.render.split(',').map(Number) : [];


const local = process.env.NEO4J_URI
  ? undefined
  : await startLocalNeo4j({ dataDir: `.bench/neo4j-${firms}`, pageCacheMiB: 4096, heapMiB: 4096 });
const uri = process.env.NEO4J_URI ?? local!.uri;
const driver = local ? createDriver(uri, local.user, local.password) : createDriver(uri, process.env.NEO4J_USER, process.env.NEO4J_PASSWORD);
await waitForDatabase(driver);
const runner = new QueryRunner(driver, { timeoutMs: 600_000 });
await applySchema(runner);
const load = await loadBenchGraph(runner, firms);

// Before the app starts: it serves the pages found at its start, so a first build made later
// (a fresh checkout) would leave the browser part with 404s.
if (renderSizes.length > 0) buildWebIfStale();
const app = await buildApp({ driver });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const samples = await drawSamples(runner);

// The whole-region metrics first: area risk reads the dependants they store, the overview its groups.
// --metrics false keeps those of an earlier run (at 200,000 firms the job takes minutes).
const metricsJob =
  args.metrics === 'false'
    ? undefined
    : await measureMetricsJob(
        local ? { uri, user: local.user, password: local.password } : { uri, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD },
        args.engine === 'built-in' ? 'built-in' : (await app.metrics.engine()).engine,
        (i) => getOk(`${base}/api/firms/${samples.needs[i % samples.needs.length]!.firm}`),
      );
if (metricsJob) console.log(
  `\nWhole-region metrics job (${metricsJob.run.algorithm} engine): ${(metricsJob.run.durationMs / 1000).toFixed(1)} s for ${metricsJob.run.nodes.toLocaleString('en')} actors and ` +
    `${metricsJob.run.links.toLocaleString('en')} linked pairs (betweenness from ${metricsJob.run.betweennessSamples} sampled sources, ` +
    `dependants up to ${metricsJob.run.maxTier} tiers), worker heap at most ${metricsJob.run.heapMiB} MiB of its ${metricsJob.heapLimitMiB} MiB limit. ` +
    `Firm lookups 2 at a time: p50 ${metricsJob.quiet.p50.toFixed(1)} / p95 ${metricsJob.quiet.p95.toFixed(1)} ms before, ` +
    `p50 ${metricsJob.during.p50.toFixed(1)} / p95 ${metricsJob.during.p95.toFixed(1)} ms while it ran. Load average ${loadavg()[0]!.toFixed(1)} as it ended.\n` +
    `Its steps: ${metricsJob.steps.map((s) => `${s.step} ${(s.ms / 1000).toFixed(1)} s`).join(', ')}.`,
);

console.log(
  `\nMeasuring ${selected.length} queries: ${warmup} warm-up calls, then ${calls} timed calls each (at most ${args.budget} s per phase) ` +
    `through HTTP, directly, and ${concurrency} at a time.\n`,
);
const header = ['query (ms)', 'n', 'p50', 'p95', 'p99', 'req/s', 'direct p50', 'direct p95', 'API/direct', 'failed'];
const results = [];
for (const benchCase of selected) {
  const url = (i: number) => `${base}${benchCase.url(samples, i)}`;
  await runLoad((i) => getOk(url(i + 1000)), { calls: warmup, concurrency: 1, budgetMs, minMs });
  const [http, direct] = await runAlternating(
    (i) => getOk(url(i)),
    async (i) => void (await benchCase.direct(app, samples, i)),
    { calls, budgetMs: 2 * budgetMs },
  );
  const loaded = await runLoad((i) => getOk(url(i + 2000)), { calls, concurrency, budgetMs, minMs });
  const api = summarize(http.latencies);
  const viaDriver = summarize(direct.latencies);
  const result = {
    query: benchCase.name,
    api,
    direct: viaDriver,
    ratio: api.p50 / viaDriver.p50,
    requestsPerSecond: loaded.latencies.length / loaded.seconds,
    failures: http.failures + direct.failures + loaded.failures,
    firstError: http.firstError ?? direct.firstError ?? loaded.firstError,
    // The machine's 1-minute load average as the query's phases ended: on shared cores it moves
    // latencies more than most changes of the code do.
    load: loadavg()[0]!,
  };
  results.push(result);
  // One line per query as it completes, so a long run shows where it is.
  console.log(`${result.query}: p50 ${api.p50.toFixed(1)} ms, p95 ${api.p95.toFixed(1)} ms (${api.count} calls), direct p50 ${viaDriver.p50.toFixed(1)} ms, ${result.requestsPerSecond.toFixed(1)} req/s, load ${result.load.toFixed(1)}${result.failures ? `, ${result.failures} failed: ${result.firstError}` : ''}`);
}

console.log(`\nSide by side on the same samples, one call each in turn:`);
const compared = [];
for (const comparison of args.comparisons === 'false' ? [] : comparisons.filter((c) => only.test(c.name))) {
  const ours: number[] = [];
  const theirs: number[] = [];
  const context = { runner, app, http: (path: string) => getOk(`${base}${path}`) };
  const started = performance.now();
  for (let i = 0; i < calls + 10 && performance.now() - started < 2 * budgetMs; i++) {
    // The first ten calls of each only warm up, or the first half of the budget where the reference
    // is so slow (the live walk) that ten would use it all.
    const warm = i >= 10 || performance.now() - started > budgetMs;
    const call = await comparison.prepare(context, samples, i);
    // Who goes first alternates, so neither always meets the other's warm cache.
    const pairs: [() => Promise<unknown>, number[]][] = [[call.ours, ours], [call.theirs, theirs]];
    for (const [run, into] of i % 2 === 0 ? pairs : pairs.reverse()) {
      const t0 = performance.now();
      await run();
      if (warm) into.push(performance.now() - t0);
    }
  }
  compared.push({ name: comparison.name, reference: comparison.reference, ours: summarize(ours), theirs: summarize(theirs) });
}
console.log(
  table(
    ['query (ms)', 'n', 'ours p50', 'ours p95', 'reference', 'ref p50', 'ref p95', 'ours/ref p50'],
    compared.map((c) => [c.name, String(c.ours.count), c.ours.p50, c.ours.p95, c.reference, c.theirs.p50, c.theirs.p95, c.ours.p50 / c.theirs.p50]),
  ),
);

const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB`;
const loads = results.map((r) => r.load);
const loadRange = loads.length > 0 ? `, load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} during the queries` : '';
console.log(`\n\n${new Date().toISOString().slice(0, 10)}, ${firms.toLocaleString('en')} firms, ${machine}, Neo4j ${local ? 'local embedded' : uri}${loadRange}`);
if (load) {
  console.log(
    `import: ${load.nodes.toLocaleString('en')} nodes at ${Math.round(load.nodes / load.nodeSeconds).toLocaleString('en')}/s, ` +
      `${load.relationships.toLocaleString('en')} relationships at ${Math.round(load.relationships / load.relationshipSeconds).toLocaleString('en')}/s`,
  );
}
console.log(
  table(
    header,
    results.map((r) => [r.query, String(r.api.count), r.api.p50, r.api.p95, r.api.p99, r.requestsPerSecond, r.direct.p50, r.direct.p95, r.ratio, r.failures]),
  ),
);

let rendering: RenderResult[] = [];
let selection: SelectionResult | undefined;
let renderingBefore: { rendering: RenderResult[]; selection?: SelectionResult } | undefined;
if (renderSizes.length > 0) {
  const printRendering = (title: string, result: { rendering: RenderResult[]; selection?: SelectionResult }) => {
    console.log(`\n${title}, in headless Chromium (SwiftShader), explorer from navigation to the first drawn graph (load average ${loadavg()[0]!.toFixed(1)} after):`);
    console.log(table(['view', 'nodes', 'API ms', 'first graph ms', 'load'], result.rendering.map((r) => [r.view, r.nodes, r.apiMs, r.firstGraphMs, r.load])));
    if (result.selection) {
      console.log(
        `Selecting ${result.selection.selections} nodes in the drawn ${result.selection.nodes.toLocaleString('en')}-node network: longest main-thread task ${result.selection.longestTaskMs.toFixed(0)} ms (0: none over 50 ms), longest stall ${result.selection.longestStallMs.toFixed(0)} ms, load ${result.selection.load.toFixed(1)}.`,
      );
    }
  };
  if (args['web-before']) {
    // Whichever build drew first met a colder database and server (4.0 s against 1.3 s for the same
    // page): one pass whose figures are dropped warms them for both.
    await measureRendering(base, renderSizes);
    const before = await buildApp({ driver, webDir: args['web-before'] });
    await before.listen({ port: 0, host: '127.0.0.1' });
    const port = (before.server.address() as { port: number }).port;
    renderingBefore = await measureRendering(`http://127.0.0.1:${port}`, renderSizes);
    await before.close();
    printRendering(`Before (${args['web-before']})`, renderingBefore);
  }
  ({ rendering, selection } = await measureRendering(base, renderSizes));
  printRendering('The current build', { rendering, selection });
}

let schedule: ScheduleBenchResult | undefined;
if (args.schedule) {
  schedule = await measureSchedule(args.schedule);
  console.log('\nEvent timetable (HiGHS in a worker thread, whole call):');
  console.log(
    table(
      ['participants', 'requests', 'slots', 'tables', 'runs', 'p50 ms', 'max ms', 'placed', 'unplaced', 'optimal'],
      [[String(schedule.participants), String(schedule.requests), String(schedule.slots), String(schedule.tables), String(schedule.runs), schedule.p50, schedule.max, String(schedule.placed), String(schedule.unplaced), String(schedule.optimal)]],
    ),
  );
}

const exportRows: ExportBenchRow[] = [];
if (args.exports !== 'false') {
  exportRows.push(await measureReport(app));
  exportRows.push(...(await measureImport(app, runner)));
  console.log('\nExports (time and peak memory of the server process above its start):');
  console.log(table(['export', 'seconds', 'peak MiB', 'size', 'load'], exportRows.map((r) => [r.what, r.seconds, r.peakMiB, r.size, r.load])));
}

mkdirSync('.bench', { recursive: true });
const file = `.bench/results-${firms}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(
  file,
  JSON.stringify({ date: new Date().toISOString(), firms, machine, calls, concurrency, budgetSeconds: budgetMs / 1000, import: load, metricsJob, results, compared, rendering, selection, renderingBefore, schedule, exports: exportRows }, null, 2),
);
console.log(`\nwritten to ${file}`);

await app.close();
await driver.close();
await local?.stop();
