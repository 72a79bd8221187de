// `npm run seed`: loads the demo data of the border region (idempotent: MERGE, safe to repeat).
//   --reset                    empty the database first
//   --generate --firms N       load the reference data with N generated firms instead of the demo
//   --seed S                   seed for --generate (default 1); the same seed gives the same graph
//   --batch-size N             rows per transaction
//   --page-cache-mib, --heap-mib   memory of the local Neo4j (ignored when NEO4J_URI is set)
// A generated graph goes into an empty database by the fast CREATE path, into a non-empty one by MERGE.
// Connects like the server: NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD) if set, else the local Neo4j.
import { parseArgs } from 'node:util';
import { MissingToolError } from '../../neo4j/local-neo4j';
import { connectDatabase, waitForDatabase } from '@grenzland/server/graph/database';
import { readQuery, writeQuery } from '@grenzland/server/graph/queries';
import { QueryRunner } from '@grenzland/server/graph/runner';
import { applySchema } from '@grenzland/server/graph/schema';
import { bulkImportDataset } from './bulk-import';
import type { Dataset } from './dataset';
import { demoDataset, demoFirms, demoSeed } from './demo-loader';
import { loadEventProgramme } from './event-programme';
import { generateDataset } from './generate';
import { importDataset, type ImportStats } from './import';
import { measureQuality } from './quality';

const deleteAll = writeQuery<never>('admin/delete-all');
const countNodes = readQuery<{ nodes: number }>('admin/count-nodes');
const countByLabel = readQuery<{ label: string; count: number }>('admin/count-by-label');
const countByType = readQuery<{ type: string; count: number }>('admin/count-by-type');

const usage = 'Usage: npm run seed -- [--reset] [--generate --firms N [--seed S]] [--batch-size N] [--page-cache-mib N] [--heap-mib N]';

const number = (value: number) => Math.round(value).toLocaleString('en');
const percent = (part: number, whole: number) => `${whole > 0 ? ((100 * part) / whole).toFixed(1) : '0.0'} %`;

function positiveInteger(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new UsageError(`--${name} must be a positive whole number, not "${value}".`);
  return parsed;
}

class UsageError extends Error {}

function parse() {
  try {
    return parseArgs({
      options: {
        reset: { type: 'boolean', default: false },
        generate: { type: 'boolean', default: false },
        firms: { type: 'string' },
        seed: { type: 'string' },
        'batch-size': { type: 'string' },
        'page-cache-mib': { type: 'string' },
        'heap-mib': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function readOptions() {
  const values = parse();
  const seed = Number(values.seed ?? 1);
  if (!Number.isInteger(seed)) throw new UsageError(`--seed must be a whole number, not "${values.seed}".`);
  const firms = positiveInteger('firms', values.firms);
  if (values.generate && firms === undefined) throw new UsageError('--generate needs --firms N.');
  if (!values.generate && (firms !== undefined || values.seed !== undefined)) throw new UsageError('--firms and --seed go with --generate.');
  return {
    help: values.help,
    reset: values.reset,
    generate: firms === undefined ? undefined : { firms, seed },
    batchSize: positiveInteger('batch-size', values['batch-size']),
    pageCacheMiB: positiveInteger('page-cache-mib', values['page-cache-mib']),
    heapMiB: positiveInteger('heap-mib', values['heap-mib']),
  };
}

function progressPrinter(total: number, log: (line: string) => void) {
  let last = performance.now();
  return (done: number) => {
    if (performance.now() - last < 5000) return;
    last = performance.now();
    log(`  … ${number(done)} of ${number(total)} rows`);
  };
}

const rowCount = (dataset: Dataset) => ({
  nodes: Object.values(dataset.nodes).reduce((sum, rows) => sum + rows.length, 0),
  relationships: Object.values(dataset.rels).reduce((sum, rows) => sum + rows.length, 0),
});

async function report(runner: QueryRunner, stats: ImportStats, log: (line: string) => void) {
  log(
    `Imported ${number(stats.nodes)} nodes in ${stats.nodeSeconds.toFixed(1)} s (${number(stats.nodes / stats.nodeSeconds)} nodes/s) ` +
      `and ${number(stats.relationships)} relationships in ${stats.relationshipSeconds.toFixed(1)} s ` +
      `(${number(stats.relationships / stats.relationshipSeconds)} relationships/s)` +
      `${stats.indexSeconds === undefined ? '' : `; indexes built in ${stats.indexSeconds.toFixed(1)} s`}; ${stats.seconds.toFixed(1)} s in all.`,
  );
  const labels = await runner.run(countByLabel);
  const types = await runner.run(countByType);
  log(`Nodes by label: ${labels.map((r) => `${r.label} ${number(r.count)}`).join(', ')}`);
  log(`Relationships by type: ${types.map((r) => `${r.type} ${number(r.count)}`).join(', ')}`);
  const quality = await measureQuality(runner);
  const countries = Object.entries(quality.firmsByCountry).map(([country, firms]) => `${country} ${number(firms)}`);
  log(
    `Firms: ${countries.join(', ')}. Supply links: ${number(quality.supplies)}, ${percent(quality.crossBorderSupplies, quality.supplies)} across the border. ` +
      `Needs: ${number(quality.needs)}, ${percent(quality.singleSourceNeeds, quality.needs)} single-source, ${percent(quality.unsuppliedNeeds, quality.needs)} without supplier.`,
  );
  if (quality.fourTierChain) {
    const { firms, products } = quality.fourTierChain;
    log(`A four-tier chain: ${firms.map((firm, i) => (products[i] ? `${firm} -[${products[i]}]->` : firm)).join(' ')}`);
  }
  if (quality.unplacedFirms > 0 || quality.inconsistentSupplies > 0) {
    log(`Warning: ${quality.unplacedFirms} firms without district or sector, ${quality.inconsistentSupplies} inconsistent supply links.`);
  }
}

async function main() {
  const log = (line: string) => console.log(line);
  const options = readOptions();
  if (options.help) return log(usage);

  const db = await connectDatabase({ local: { log, pageCacheMiB: options.pageCacheMiB, heapMiB: options.heapMiB } });
  try {
    await waitForDatabase(db.driver);
    // Bulk loads and resets of large graphs run far longer than an API request may.
    const runner = new QueryRunner(db.driver, { timeoutMs: 60 * 60_000 });
    log(`Database: ${db.uri}`);
    if (options.reset) {
      const started = performance.now();
      await runner.runAutoCommit(deleteAll);
      log(`Emptied the database in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    }
    await applySchema(runner);

    const started = performance.now();
    const dataset = options.generate ? generateDataset(options.generate) : demoDataset();
    const { firms, seed } = options.generate ?? { firms: demoFirms, seed: demoSeed };
    const rows = rowCount(dataset);
    log(
      `${options.generate ? 'Generated' : 'Demo data:'} ${number(firms)} firms (seed ${seed}): ${number(rows.nodes)} nodes and ` +
        `${number(rows.relationships)} relationships in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
        `(heap ${number(process.memoryUsage().heapUsed / 2 ** 20)} MiB).`,
    );

    const [count] = await runner.run(countNodes);
    const empty = (count?.nodes ?? 0) === 0;
    const onProgress = progressPrinter(rows.nodes + rows.relationships, log);
    const bulk = options.generate !== undefined && empty;
    log(bulk ? 'Loading into the empty database (CREATE)…' : 'Loading with MERGE (existing nodes and links are updated, not doubled)…');
    const stats = bulk
      ? await bulkImportDataset(runner, dataset, { batchSize: options.batchSize, onProgress })
      : await importDataset(runner, dataset, { batchSize: options.batchSize, onProgress });
    if (!options.generate) {
      const programme = await loadEventProgramme(runner);
      log(`Cooperation exchanges: ${programme.registrations} registrations, ${programme.meetings} meeting requests, ${programme.outcomes} outcomes.`);
    }
    await report(runner, stats, log);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) console.error(`${error.message}\n${usage}`);
  else if (error instanceof MissingToolError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
