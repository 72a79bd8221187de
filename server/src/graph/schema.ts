// Applies cypher/schema/* in order. Every statement says IF NOT EXISTS or finds nothing left to do,
// so this runs at each start; one that fills in a derived property on a large database written before
// it existed may take longer than a query may.
import type { QueryRunner } from './runner';
import { readQuery, schemaQueries } from './queries';

const awaitIndexes = readQuery<never>('admin/await-indexes');
const listConstraints = readQuery<{ label: string; property: string }>('admin/list-constraints');
const listIndexes = readQuery<{ name: string; type: string; state: string }>('admin/list-indexes');

export async function applySchema(runner: QueryRunner): Promise<void> {
  const patient = runner.withTimeout(600_000);
  for (const query of schemaQueries()) {
    await patient.write((tx) => tx.run(query));
  }
  await runner.run(awaitIndexes);
}

/** The uniqueness constraints and indexes in force, for checks and diagnostics. */
export async function describeSchema(runner: QueryRunner) {
  return { constraints: await runner.run(listConstraints), indexes: await runner.run(listIndexes) };
}
