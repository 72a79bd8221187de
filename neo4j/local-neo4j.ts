// Starts the local Neo4j 5.26 Community used when no NEO4J_URI is given, with the Graph Data Science
// library as a plugin: Maven resolves the official artifacts from Maven Central (cached in ~/.m2 after
// the first start), Launcher.java runs them as an embedded DBMS with Bolt on 127.0.0.1 and a free port. The child process is tied to ours through its
// stdin pipe, so it stops when we stop, however we stop.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  /** The file holding the password (mode 0600), for people who connect by hand. */
  passwordFile: string;
  /** The Java process, for tests that freeze (SIGSTOP) or kill it. */
  pid: number;
  stop(): Promise<void>;
  /** Kills the process at once (SIGKILL), as a crash would, and waits until it is gone. */
  kill(): Promise<void>;
}

export interface LocalNeo4jOptions {
  /** Folder for the store; kept between starts (NEO4J_DATA_DIR, else neo4j/data). */
  dataDir?: string;
  pageCacheMiB?: number;
  heapMiB?: number;
  /** Bolt port; a free one when not given (a restart can ask for the port it had). */
  port?: number;
  log?: (line: string) => void;
}

export class MissingToolError extends Error {}

function requireTool(command: string, args: string[], what: string): string {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new MissingToolError(
      `${what} was not found (needed to run the local Neo4j). Install it, or set NEO4J_URI to a running Neo4j 5.26, or run \`docker compose up neo4j\`.`,
    );
  }
  return `${result.stdout}${result.stderr}`;
}

function checkJava(): void {
  const out = requireTool('java', ['-version'], 'Java 17 or newer');
  const major = Number(/version "(\d+)/.exec(out)?.[1] ?? 0);
  if (major < 17) {
    throw new MissingToolError(
      `Java ${major} was found, but the local Neo4j needs Java 17 or newer. Install it, or set NEO4J_URI to a running Neo4j 5.26, or run \`docker compose up neo4j\`.`,
    );
  }
}

/** A pom's dependency classpath, as Maven resolves it (from ~/.m2, fetching what is missing). */
function mavenClasspath(pom: string, what: string): string[] {
  const outFile = join(here, '.classpath.tmp');
  const result = spawnSync(
    'mvn',
    ['-q', '-B', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${outFile}`],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (result.status !== 0) {
    throw new Error(`Maven could not resolve ${what}: ${(result.stdout + result.stderr).trim().split('\n').slice(-5).join(' ')}`);
  }
  const classpath = readFileSync(outFile, 'utf8').trim().split(':');
  rmSync(outFile, { force: true });
  return classpath;
}

/** group/artifact of a jar in Maven's repository layout (…/org/neo4j/gds/proc/2.13.9/proc-2.13.9.jar). */
const artifactOf = (jar: string) => dirname(dirname(jar));

export interface Classpath {
  /** Neo4j's jars and, after them, the Graph Data Science library's. */
  classpath: string;
  /** The library's jars that declare procedures and functions, for Neo4j's plugin folder. */
  plugins: string[];
}

/**
 * Neo4j reads every class of every jar in its plugin folder at start, looking for procedures: a
 * minute more with all of the library's 129 jars on a busy machine. Its procedures and functions live
 * in the proc and procedure-facade jars, gds.graph.project (the aggregation) in cypher-aggregation;
 * the rest (algorithms, collections, …) is reached through the classpath.
 */
const declaresProcedures = (jar: string) => /(^|-)proc(edure)?(s|-|$)|^cypher-aggregation|^opengds-extension/.test(basename(dirname(dirname(jar))));

/**
 * Neo4j's classpath with the Graph Data Science library, resolved by Maven once per version of the two
 * poms. The library's jars are the ones Neo4j does not bring itself: a second copy of a library Neo4j
 * already has (Jackson, Commons Text, …) would be loaded twice and fail to link.
 */
function resolveClasspath(log: (line: string) => void): Classpath {
  const poms = [join(here, 'pom.xml'), join(here, 'gds', 'pom.xml')];
  const hash = createHash('sha1');
  for (const pom of poms) hash.update(readFileSync(pom));
  const pomHash = hash.digest('hex');
  const cacheFile = join(here, '.classpath');
  if (existsSync(cacheFile)) {
    const [cachedHash, classpath, library] = readFileSync(cacheFile, 'utf8').split('\n');
    if (cachedHash === pomHash && classpath && library && classpath.split(':').every((jar) => existsSync(jar))) {
      return { classpath, plugins: library.split(':').filter(declaresProcedures) };
    }
  }
  requireTool('mvn', ['-v'], 'Maven');
  log('Resolving Neo4j 5.26 Community and its Graph Data Science library from Maven Central (first start only)…');
  const neo4j = mavenClasspath(poms[0]!, 'Neo4j');
  const own = new Set(neo4j.map(artifactOf));
  const library = mavenClasspath(poms[1]!, 'the Graph Data Science library').filter((jar) => !own.has(artifactOf(jar)));
  const classpath = [...neo4j, ...library].join(':');
  writeFileSync(cacheFile, `${pomHash}\n${classpath}\n${library.join(':')}`);
  return { classpath, plugins: library.filter(declaresProcedures) };
}

/**
 * Neo4j loads procedures from the jars in one folder: links to the library's jars in Maven's cache,
 * made once per set of jars (a database starting beside a running one finds it complete).
 */
function pluginFolder(plugins: string[]): string {
  const folder = join(here, `.plugins-${createHash('sha1').update(plugins.join(':')).digest('hex').slice(0, 12)}`);
  if (existsSync(folder)) return folder;
  const building = `${folder}.${process.pid}.tmp`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  for (const jar of plugins) symlinkSync(jar, join(building, basename(jar)));
  try {
    renameSync(building, folder);
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    if (!existsSync(folder)) throw error;
  }
  return folder;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function waitForReady(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The local Neo4j did not start within ${timeoutMs / 1000} s. ${stderr.slice(-500)}`));
    }, timeoutMs);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /READY (bolt:\/\/\S+)/.exec(chunk.toString());
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The local Neo4j exited (code ${code}) before it was ready. ${stderr.slice(-1500)}`));
    });
  });
}

/**
 * The password of a data folder: generated on its first start, kept in `<dataDir>/password` with
 * mode 0600 and read by everything that connects; there is no default password.
 */
export function passwordOf(dataDir: string): { password: string; file: string } {
  const file = join(dataDir, 'password');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, `${randomBytes(18).toString('base64url')}\n`, { mode: 0o600 });
  }
  chmodSync(file, 0o600);
  return { password: readFileSync(file, 'utf8').trim(), file };
}

const runningFile = (dataDir: string) => join(dataDir, 'running');

/** The Bolt address of the local Neo4j another process runs on this data folder, if one says so. */
export function runningLocalNeo4j(dataDir = defaultDataDir()): { uri: string; user: string; password: string } | undefined {
  const file = runningFile(dataDir);
  if (!existsSync(file)) return undefined;
  return { uri: readFileSync(file, 'utf8').trim(), user: 'neo4j', password: passwordOf(dataDir).password };
}

const defaultDataDir = () => process.env.NEO4J_DATA_DIR ?? join(here, 'data');

export async function startLocalNeo4j(options: LocalNeo4jOptions = {}): Promise<LocalNeo4j> {
  const log = options.log ?? ((line: string) => console.error(line));
  checkJava();
  const { classpath, plugins } = resolveClasspath(log);
  const dataDir = options.dataDir ?? defaultDataDir();
  mkdirSync(dataDir, { recursive: true });
  const { password, file: passwordFile } = passwordOf(dataDir);
  const port = options.port ?? (await freePort());
  const child = spawn(
    'java',
    [
      `-Xmx${options.heapMiB ?? 2048}m`,
      '-XX:+UseG1GC',
      '-cp',
      classpath,
      join(here, 'Launcher.java'),
      dataDir,
      String(port),
      String(options.pageCacheMiB ?? 512),
      passwordFile,
      pluginFolder(plugins),
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const uri = await waitForReady(child, 300_000);
  // Commands run beside `npm start` (`npm run user`) find the running database here: the store is
  // locked to the process that opened it.
  const running = runningFile(dataDir);
  writeFileSync(running, `${uri}\n`, { mode: 0o600 });
  // Keep draining the output so the child never blocks on a full pipe.
  child.stdout?.resume();
  child.stderr?.resume();
  // The pipe keeps the child alive but must not keep our event loop alive.
  for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as unknown as { unref?: () => void })?.unref?.();
  child.unref();

  const exited = new Promise<void>((resolve) => {
    const gone = () => {
      rmSync(running, { force: true });
      resolve();
    };
    if (child.exitCode !== null || child.signalCode !== null) gone();
    else child.once('exit', gone);
  });
  return {
    uri,
    user: 'neo4j',
    password,
    passwordFile,
    pid: child.pid!,
    // Held by a reference while it stops: an awaited exit of an unreferenced child would let the
    // caller's event loop run empty first (Node then exits with 13, an unsettled await).
    stop() {
      child.ref();
      child.stdin?.end();
      return exited;
    },
    kill() {
      child.ref();
      child.kill('SIGKILL');
      return exited;
    },
  };
}
