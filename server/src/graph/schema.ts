// Applies cypher/schema/* in order. Every statement says IF NOT EXISTS, so this runs at each start.
import type { QueryRunner } from './runner';
import { readQuery, schemaQueries } from './queries';

const awaitIndexes = readQuery<never>('admin/await-indexes');
const listConstraints = readQuery<{ label: string; property: string }>('admin/list-constraints');
const listIndexes = readQuery<{ name: string; type: string; state: string }>('admin/list-indexes');

export async function applySchema(runner: QueryRunner): Promise<void> {
  for (const query of schemaQueries()) {
    await runner.write((tx) => tx.run(query));
  }
  await runner.run(awaitIndexes);
}

/** The uniqueness constraints and indexes in force, for checks and diagnostics. */
export async function describeSchema(runner: QueryRunner) {
  return { constraints: await runner.run(listConstraints), indexes: await runner.run(listIndexes) };
}
