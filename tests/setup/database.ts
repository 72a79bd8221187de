// What integration tests share: a driver to the run's database, a runner, the schema, and a reset
// that empties the database so each file starts from its own fixture.
import { inject } from 'vitest';
import { createDriver } from '../../server/src/graph/database';
import { readQuery, writeQuery } from '../../server/src/graph/queries';
import { QueryRunner } from '../../server/src/graph/runner';
import { applySchema } from '../../server/src/graph/schema';

const deleteAll = writeQuery<never>('admin/delete-all');
const countAll = readQuery<{ label: string; count: number }>('admin/count-by-label');
const countRelationships = readQuery<{ type: string; count: number }>('admin/count-by-type');

export function testDatabase() {
  const { uri, user, password } = inject('neo4j');
  const driver = createDriver(uri, user, password);
  const runner = new QueryRunner(driver);
  return {
    driver,
    runner,
    async reset() {
      await runner.runAutoCommit(deleteAll);
      await applySchema(runner);
    },
    /** Node counts by label and relationship counts by type: what "unchanged" means in tests. */
    async snapshot() {
      const labels = await runner.run(countAll);
      const types = await runner.run(countRelationships);
      return {
        labels: Object.fromEntries(labels.map((r) => [r.label, r.count])),
        types: Object.fromEntries(types.map((r) => [r.type, r.count])),
      };
    },
    close: () => driver.close(),
  };
}
