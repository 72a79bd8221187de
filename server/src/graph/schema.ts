// Applies cypher/schema/* in order. Every statement says IF NOT EXISTS, so this runs at each start.
import type { QueryRunner } from './runner';
import { readQuery, schemaQueries } from './queries';

const awaitIndexes = readQuery<never>('admin/await-indexes');

export async function applySchema(runner: QueryRunner): Promise<void> {
  for (const query of schemaQueries()) {
    await runner.write((tx) => tx.run(query));
  }
  await runner.run(awaitIndexes);
}
