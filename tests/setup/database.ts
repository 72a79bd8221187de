// What integration tests share: a driver to the run's database, a runner, the schema, and a reset
// that empties the database so each file starts from its own fixture.
import { createHash } from 'node:crypto';
import { inject } from 'vitest';
import { createDriver } from '../../server/src/graph/database';
import { readQuery, writeQuery } from '../../server/src/graph/queries';
import { QueryRunner } from '../../server/src/graph/runner';
import { applySchema } from '../../server/src/graph/schema';

const deleteAll = writeQuery<never>('admin/delete-all');
const countAll = readQuery<{ label: string; count: number }>('admin/count-by-label');
const countRelationships = readQuery<{ type: string; count: number }>('admin/count-by-type');
const fingerprintQuery = readQuery<{ nodes: unknown[]; relationships: unknown[] }>('admin/fingerprint');

/** JSON with object keys and lists of labels in a fixed order, so equal graphs print equally. */
const canonical = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(',')}]`
    : value && typeof value === 'object'
      ? `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`).join(',')}}`
      : JSON.stringify(value);

export function testDatabase() {
  const { uri, user, password } = inject('neo4j');
  const driver = createDriver(uri, user, password);
  const runner = new QueryRunner(driver);
  return {
    driver,
    runner,
    async reset() {
      // Emptying a database of 20,000 imported firms takes longer than an answer may.
      await runner.withTimeout(300_000).runAutoCommit(deleteAll);
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
    /** A hash of every node and relationship with all their properties: "unchanged" in full. */
    async fingerprint() {
      const [row] = await runner.run(fingerprintQuery);
      const items = [...(row?.nodes ?? []).map((n) => canonical([(n as [string[], unknown])[0].slice().sort(), (n as [string[], unknown])[1]])), ...(row?.relationships ?? []).map(canonical)];
      return createHash('sha256').update(items.sort().join('\n')).digest('hex');
    },
    close: () => driver.close(),
  };
}
