// Every .cypher file is used by the code, and every statement parses and plans (EXPLAIN).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../server/src/app';
import '../../seed/src/bulk-import';
import '../../seed/src/demo-loader';
import '../bench/samples';
import '../bench/comparisons';
import '../bench/exports';
import '../../seed/src/quality';
import '../../server/src/warm-up';
import { allQueryNames, declaredQueries } from '../../server/src/graph/queries';
import { testDatabase } from '../setup/database';

const db = testDatabase();

beforeAll(() => db.reset());
afterAll(() => db.close());

describe('cypher/', () => {
  it('has no file that the code does not use, and the code names no missing file', () => {
    const declared = [...declaredQueries.keys()].sort();
    const schema = allQueryNames().filter((name) => name.startsWith('schema/'));
    expect(allQueryNames()).toEqual([...new Set([...declared, ...schema])].sort());
  });

  it.each([...declaredQueries.values()].filter((q) => !q.name.startsWith('schema/')).map((q) => [q.name, q] as const))(
    '%s parses and plans',
    async (_name, query) => {
      await expect(db.runner.explain(query)).resolves.toBeUndefined();
    },
  );
});
