// The schema in cypher/schema/ applies at every start without error and gives every label a unique id.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readQuery } from '../../server/src/graph/queries';
import { applySchema } from '../../server/src/graph/schema';
import { testDatabase } from '../setup/database';

const listConstraints = readQuery<{ label: string; property: string }>('admin/list-constraints');
const listIndexes = readQuery<{ name: string; type: string; state: string }>('admin/list-indexes');
const db = testDatabase();

beforeAll(() => db.reset());
afterAll(() => db.close());

it('applies twice without error and leaves the same constraints and indexes', async () => {
  const before = { constraints: await db.runner.run(listConstraints), indexes: await db.runner.run(listIndexes) };
  await applySchema(db.runner);
  await applySchema(db.runner);
  expect({ constraints: await db.runner.run(listConstraints), indexes: await db.runner.run(listIndexes) }).toEqual(before);
});

it('makes id unique on every node label', async () => {
  const constraints = await db.runner.run(listConstraints);
  expect(constraints).toEqual(
    ['Entity', 'Event', 'Firm', 'Institute', 'Organisation', 'Product', 'Region', 'Sector'].map((label) => ({ label, property: 'id' })),
  );
});

it('has the full-text index online', async () => {
  const indexes = await db.runner.run(listIndexes);
  expect(indexes).toContainEqual({ name: 'search', type: 'FULLTEXT', state: 'ONLINE' });
});
