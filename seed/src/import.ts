// Loads a Dataset with batched UNWIND … MERGE, one transaction per batch: nodes first (the id
// constraints make each MERGE an index lookup), then relationships, then derived countries.
// Running it twice leaves the same graph.
import { toNeo4jDate } from '@grenzland/server/graph/mappers';
import { writeQuery } from '@grenzland/server/graph/queries';
import type { QueryRunner } from '@grenzland/server/graph/runner';
import { kindOf, type Dataset, type NodeLabel, type Props, type RelRow, type RelType } from './dataset';

const mergeNodes = writeQuery<{ count: number }>('seed/merge-nodes');
const mergeRelationships = writeQuery<{ count: number }>('seed/merge-relationships');
const mergeSupplies = writeQuery<{ count: number }>('seed/merge-supplies');
const setCountries = writeQuery<{ count: number }>('seed/set-countries');

const dateKeys = new Set(['date', 'since']);

export function storedProps(props: Props | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props ?? {})) {
    out[key] = dateKeys.has(key) && typeof value === 'string' ? toNeo4jDate(value) : value;
  }
  return out;
}

export function* batches<T>(rows: T[], size: number): Generator<T[]> {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}

export interface ImportStats {
  nodes: number;
  relationships: number;
  nodeSeconds: number;
  relationshipSeconds: number;
  /** Bulk loads only: building the secondary indexes after the data. */
  indexSeconds?: number;
  seconds: number;
}

/** A batch is a few seconds' work on a quiet machine; on a busy one it may take several times that. */
const batchTimeoutMs = 120_000;

export async function importDataset(
  given: QueryRunner,
  dataset: Dataset,
  options: { batchSize?: number; onProgress?: (done: number) => void } = {},
): Promise<ImportStats> {
  const runner = given.withTimeout(batchTimeoutMs);
  const batchSize = options.batchSize ?? 5000;
  const started = performance.now();
  let nodes = 0;
  let relationships = 0;
  for (const [label, rows] of Object.entries(dataset.nodes) as [NodeLabel, Dataset['nodes'][NodeLabel]][]) {
    for (const batch of batches(rows ?? [], batchSize)) {
      const payload = batch.map((row) => ({ id: row.id, props: storedProps(row.props) }));
      await runner.write((tx) => tx.run(mergeNodes, { label, kind: kindOf[label], rows: payload }));
      nodes += batch.length;
      options.onProgress?.(nodes + relationships);
    }
  }
  const nodesDone = performance.now();
  for (const [type, rows] of Object.entries(dataset.rels) as [RelType, RelRow[] | undefined][]) {
    for (const batch of batches(rows ?? [], batchSize)) {
      const payload = batch.map((row) => ({ from: row.from, to: row.to, props: storedProps(row.props) }));
      await runner.write((tx) =>
        type === 'SUPPLIES'
          ? tx.run(mergeSupplies, { rows: payload })
          : tx.run(mergeRelationships, { type, rows: payload }),
      );
      relationships += batch.length;
      options.onProgress?.(nodes + relationships);
    }
  }
  await runner.run(setCountries);
  const done = performance.now();
  return {
    nodes,
    relationships,
    nodeSeconds: (nodesDone - started) / 1000,
    relationshipSeconds: (done - nodesDone) / 1000,
    seconds: (done - started) / 1000,
  };
}
