// The query registry: every Cypher statement lives in a file under cypher/, and its name is its path
// there without the extension ("entities/get-entity"). Files are read once; a name used in code but
// missing on disk fails the start, not the first request.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const cypherDir = fileURLToPath(new URL('../../../cypher', import.meta.url));

export type AccessMode = 'READ' | 'WRITE';

/** A named statement with the row type it returns. `Row` exists only for the type checker. */
export interface Query<Row> {
  readonly name: string;
  readonly text: string;
  readonly mode: AccessMode;
  readonly __row?: Row;
}

function listCypherFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listCypherFiles(path);
    return entry.name.endsWith('.cypher') ? [path] : [];
  });
}

const texts = new Map(
  listCypherFiles(cypherDir).map((path) => [
    relative(cypherDir, path).split(sep).join('/').replace(/\.cypher$/, ''),
    readFileSync(path, 'utf8'),
  ]),
);

/** Every statement the code has declared, so tests can EXPLAIN them all and spot unused files. */
export const declaredQueries = new Map<string, Query<unknown>>();

function declare<Row>(name: string, mode: AccessMode): Query<Row> {
  const text = texts.get(name);
  if (text === undefined) throw new Error(`Cypher file cypher/${name}.cypher is missing`);
  const query: Query<Row> = { name, text, mode };
  declaredQueries.set(name, query as Query<unknown>);
  return query;
}

export const readQuery = <Row>(name: string) => declare<Row>(name, 'READ');
export const writeQuery = <Row>(name: string) => declare<Row>(name, 'WRITE');

/** Names of all files under cypher/, for the test that every file is used. */
export const allQueryNames = (): string[] => [...texts.keys()].sort();

/** Schema statements in the order of their NNN- prefix. */
export const schemaQueries = (): Query<never>[] =>
  allQueryNames()
    .filter((name) => name.startsWith('schema/'))
    .map((name) => writeQuery<never>(name));
