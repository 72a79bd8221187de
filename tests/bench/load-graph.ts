// The benchmark's graph: reference data plus N generated firms (seed 1), bulk-loaded into an empty
// database once. A database that already holds N firms is reused, so later runs start at once.
import { writeQuery } from '../../server/src/graph/queries';
import type { QueryRunner } from '../../server/src/graph/runner';
import { applySchema } from '../../server/src/graph/schema';
import { bulkImportDataset } from '../../seed/src/bulk-import';
import { generateDataset } from '../../seed/src/generate';
import type { ImportStats } from '../../seed/src/import';
import { firmCount } from './samples';

const deleteAll = writeQuery<never>('admin/delete-all');

export async function loadBenchGraph(runner: QueryRunner, firms: number): Promise<ImportStats | undefined> {
  if ((await firmCount(runner)) === firms) {
    console.log(`Reusing the loaded graph of ${firms.toLocaleString('en')} firms.`);
    return undefined;
  }
  console.log(`Generating and loading ${firms.toLocaleString('en')} firms…`);
  await runner.runAutoCommit(deleteAll);
  await applySchema(runner);
  const stats = await bulkImportDataset(runner, generateDataset({ firms, seed: 1 }));
  await applySchema(runner);
  return stats;
}
