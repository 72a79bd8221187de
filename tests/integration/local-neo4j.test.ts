// Without Java, `npm run db` (and so `npm start`) says in one line what is missing and the two ways
// around it, instead of a stack trace.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('names the missing Java and the alternatives in one line', () => {
  const bin = mkdtempSync(join(tmpdir(), 'no-java-'));
  symlinkSync(process.execPath, join(bin, 'node'));
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'neo4j/run.ts'], {
    encoding: 'utf8',
    env: { PATH: bin, HOME: process.env.HOME },
    timeout: 60_000,
  });
  expect(result.status).toBe(1);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/Java 17 or newer was not found/);
  expect(lines[0]).toMatch(/NEO4J_URI/);
  expect(lines[0]).toMatch(/docker compose up neo4j/);
});
