// `npm run bench [-- --firms 10000 --calls 200 --concurrency 8 --render 2000,20000,100000]`: loads a
// generated graph of the chosen size (once; later runs reuse it), warms up, then measures every API
// query through HTTP and directly, and prints p50/p95/p99, requests per second under concurrency and
// the API/direct ratio; then the explorer's time to the first drawn graph in headless Chromium for
// networks of the --render sizes (--render '' skips it). Results also go to
// .bench/results-<firms>-<time>.json for comparison between runs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { startLocalNeo4j } from '../../neo4j/local-neo4j';
import { buildApp } from '../../server/src/app';
import { createDriver, waitForDatabase } from '../../server/src/graph/database';
import { QueryRunner } from '../../server/src/graph/runner';
import { applySchema } from '../../server/src/graph/schema';
import { loadBenchGraph } from './load-graph';
import { cases } from './cases';
import { drawSamples } from './samples';
import { measureRendering, type RenderResult } from './render';
import { buildWebIfStale } from '../../server/src/web-build';
import { getOk, runLoad } from './load';
import { summarize, table } from './stats';

const { values: args } = parseArgs({
  options: {
    firms: { type: 'string', default: '10000' },
    calls: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '8' },
    warmup: { type: 'string', default: '30' },
    render: { type: 'string', default: '2000,20000,100000' },
  },
});
const firms = Number(args.firms);
const calls = Number(args.calls);
const concurrency = Number(args.concurrency);
const warmup = Number(args.warmup);
const renderSizes = args.render ? args.render.split(',').map(Number) : [];


const local = process.env.NEO4J_URI
  ? undefined
  : await startLocalNeo4j({ dataDir: `.bench/neo4j-${firms}`, pageCacheMiB: 4096, heapMiB: 4096 });
const uri = process.env.NEO4J_URI ?? local!.uri;
const driver = createDriver(uri, process.env.NEO4J_USER, process.env.NEO4J_PASSWORD);
await waitForDatabase(driver);
const runner = new QueryRunner(driver, { timeoutMs: 600_000 });
await applySchema(runner);
const load = await loadBenchGraph(runner, firms);

const app = await buildApp({ driver });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const samples = await drawSamples(runner);

console.log(`\nMeasuring ${cases.length} queries: ${warmup} warm-up calls, ${calls} timed calls each, then ${calls} calls ${concurrency} at a time.\n`);
const results = [];
for (const benchCase of cases) {
  const url = (i: number) => `${base}${benchCase.url(samples, i)}`;
  await runLoad((i) => getOk(url(i + 1000)), { calls: warmup, concurrency: 1 });
  const http = await runLoad((i) => getOk(url(i)), { calls, concurrency: 1 });
  const direct = await runLoad(async (i) => void (await benchCase.direct(app, samples, i)), { calls, concurrency: 1 });
  const loaded = await runLoad((i) => getOk(url(i + 2000)), { calls, concurrency });
  const api = summarize(http.latencies);
  const viaDriver = summarize(direct.latencies);
  results.push({
    query: benchCase.name,
    api,
    direct: viaDriver,
    ratio: api.p50 / viaDriver.p50,
    requestsPerSecond: loaded.latencies.length / loaded.seconds,
    failures: http.failures + direct.failures + loaded.failures,
  });
  process.stdout.write('.');
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB`;
console.log(`\n\n${new Date().toISOString().slice(0, 10)}, ${firms.toLocaleString('en')} firms, ${machine}, Neo4j ${local ? 'local embedded' : uri}`);
if (load) {
  console.log(
    `import: ${load.nodes.toLocaleString('en')} nodes at ${Math.round(load.nodes / load.nodeSeconds).toLocaleString('en')}/s, ` +
      `${load.relationships.toLocaleString('en')} relationships at ${Math.round(load.relationships / load.relationshipSeconds).toLocaleString('en')}/s`,
  );
}
console.log(
  table(
    ['query (ms)', 'p50', 'p95', 'p99', 'req/s', 'direct p50', 'direct p95', 'API/direct', 'failed'],
    results.map((r) => [r.query, r.api.p50, r.api.p95, r.api.p99, r.requestsPerSecond, r.direct.p50, r.direct.p95, r.ratio, r.failures]),
  ),
);

let rendering: RenderResult[] = [];
if (renderSizes.length > 0) {
  buildWebIfStale();
  rendering = await measureRendering(base, renderSizes);
  console.log('\nIn headless Chromium (SwiftShader), explorer from navigation to the first drawn graph:');
  console.log(
    table(
      ['network (cluster, limit)', 'nodes', 'API ms', 'first graph ms'],
      rendering.map((r) => [`${r.requested.toLocaleString('en')}`, r.nodes, r.apiMs, r.firstGraphMs]),
    ),
  );
}

mkdirSync('.bench', { recursive: true });
const file = `.bench/results-${firms}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), firms, machine, calls, concurrency, import: load, results, rendering }, null, 2));
console.log(`\nwritten to ${file}`);

await app.close();
await driver.close();
await local?.stop();
