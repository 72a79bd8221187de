// One database per test run: NEO4J_URI if set; else Testcontainers' Neo4j module where a Docker
// engine answers; else the local Neo4j 5.26 Community in a fresh temporary folder. Test files run one
// after another and each resets the database to its own fixture (tests/setup/database.ts).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j } from '../../neo4j/local-neo4j';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; source: string };
  }
}

async function dockerAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.NEO4J_URI) {
    project.provide('neo4j', {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      source: 'NEO4J_URI',
    });
    return;
  }
  if (await dockerAnswers()) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const password = randomBytes(18).toString('base64url');
    const container = await new Neo4jContainer('neo4j:5.26-community').withPassword(password).start();
    project.provide('neo4j', { uri: container.getBoltUri(), user: 'neo4j', password, source: 'testcontainers' });
    return async () => {
      await container.stop();
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'grenzland-test-neo4j-'));
  const local = await startLocalNeo4j({ dataDir, log: (line) => console.log(line) });
  project.provide('neo4j', { uri: local.uri, user: local.user, password: local.password, source: 'local' });
  return async () => {
    await local.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
