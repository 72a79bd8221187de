// Loads the demo data of the border region when the database is empty (used by `npm start`).
// PLACEHOLDER: filled in by the seed work.
import { readQuery } from '../../server/src/graph/queries';
import type { QueryRunner } from '../../server/src/graph/runner';

const countNodes = readQuery<{ nodes: number }>('admin/count-nodes');

export async function loadDemoIfEmpty(runner: QueryRunner, log: (line: string) => void): Promise<void> {
  const [row] = await runner.run(countNodes);
  if ((row?.nodes ?? 0) > 0) return;
  log('The database is empty; the demo data loader is not written yet.');
}
