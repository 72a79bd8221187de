// Loads a Dataset into an EMPTY database fast: CREATE instead of MERGE (no lookup before each write),
// large batches of parameters, and two batches in flight so Neo4j works on one while the driver
// encodes the next. The id constraints stay (they make every relationship's two endpoint lookups
// index seeks); the other indexes, above all the full-text index over three languages' descriptions,
// are dropped for the load and built again at the end in one pass. Nodes first, then relationships,
// then the countries derived from districts.
// Not idempotent: use importDataset (MERGE) for anything but a fresh load.
import { readQuery, writeQuery } from '@grenzland/server/graph/queries';
import type { QueryRunner } from '@grenzland/server/graph/runner';
import { applySchema } from '@grenzland/server/graph/schema';
import { kindOf, type Dataset, type NodeLabel, type NodeRow, type RelRow, type RelType } from './dataset';
import { batches, storedProps, type ImportStats } from './import';

const countNodes = readQuery<{ nodes: number }>('admin/count-nodes');
const createNodes = writeQuery<{ count: number }>('seed/create-nodes');
const createRelationships = writeQuery<{ count: number }>('seed/create-relationships');
const setCountries = writeQuery<{ count: number }>('seed/set-countries');
const listSecondaryIndexes = readQuery<{ name: string }>('seed/list-secondary-indexes');
const dropIndex = writeQuery<never>('seed/drop-index');

export interface BulkImportOptions {
  batchSize?: number;
  /** Batches in flight at once. */
  concurrency?: number;
  onProgress?: (done: number) => void;
}

async function inParallel<T>(items: Iterable<T>, concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  const iterator = items[Symbol.iterator]();
  const worker = async () => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) await work(next.value);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

function* nodeBatches(dataset: Dataset, size: number): Generator<{ label: NodeLabel; rows: NodeRow[] }> {
  for (const [label, rows] of Object.entries(dataset.nodes) as [NodeLabel, NodeRow[]][]) {
    for (const batch of batches(rows, size)) yield { label, rows: batch };
  }
}

function* relationshipBatches(dataset: Dataset, size: number): Generator<{ type: RelType; rows: RelRow[] }> {
  for (const [type, rows] of Object.entries(dataset.rels) as [RelType, RelRow[]][]) {
    for (const batch of batches(rows, size)) yield { type, rows: batch };
  }
}

export async function bulkImportDataset(runner: QueryRunner, dataset: Dataset, options: BulkImportOptions = {}): Promise<ImportStats> {
  const [count] = await runner.run(countNodes);
  if ((count?.nodes ?? 0) > 0) throw new Error('bulk import: the database is not empty; reset it first or use the MERGE import');
  const batchSize = options.batchSize ?? 20_000;
  const concurrency = options.concurrency ?? 2;
  let nodes = 0;
  let relationships = 0;
  const progress = () => options.onProgress?.(nodes + relationships);

  for (const { name } of await runner.run(listSecondaryIndexes)) await runner.run(dropIndex, { name });
  const started = performance.now();
  let nodesDone = started;
  let relationshipsDone = started;
  try {
    await inParallel(nodeBatches(dataset, batchSize), concurrency, async ({ label, rows }) => {
      const payload = rows.map((row) => ({ id: row.id, props: storedProps(row.props) }));
      await runner.write((tx) => tx.run(createNodes, { label, kind: kindOf[label], rows: payload }));
      nodes += rows.length;
      progress();
    });
    nodesDone = performance.now();
    await inParallel(relationshipBatches(dataset, batchSize), concurrency, async ({ type, rows }) => {
      const payload = rows.map((row) => ({ from: row.from, to: row.to, props: storedProps(row.props) }));
      await runner.write((tx) => tx.run(createRelationships, { type, rows: payload }));
      relationships += rows.length;
      progress();
    });
    await runner.run(setCountries);
    relationshipsDone = performance.now();
  } finally {
    // Also after a failed load, so the database is never left without its indexes.
    await applySchema(runner);
  }
  const done = performance.now();
  return {
    nodes,
    relationships,
    nodeSeconds: (nodesDone - started) / 1000,
    relationshipSeconds: (relationshipsDone - nodesDone) / 1000,
    indexSeconds: (done - relationshipsDone) / 1000,
    seconds: (done - started) / 1000,
  };
}
