// The one way to run a query: a named statement from the registry, parameters, a transaction timeout,
// and rows mapped to plain objects. Routes never see the driver; repositories hold a runner.
import { isRetryableError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { databaseUnavailable } from '../errors';
import { Availability, type CallState } from './availability';
import { recordToRow, toParams } from './mappers';
import { readQuery, type Query } from './queries';

export interface QueryRunnerOptions {
  database?: string;
  /** Server-side limit for every transaction; a runaway query fails instead of hanging the service. */
  timeoutMs?: number;
  /**
   * When set, a call whose database shows no sign of life for this long answers 503 (see
   * availability.ts), and a write's server-side timeout is at most this long.
   */
  unavailableAfterMs?: number;
  /**
   * Work long by nature (an import of 20,000 rows in one transaction): its writes get the whole
   * `timeoutMs` on the server too. While the database answers pings it keeps its time; when it
   * stops, the caller gives up and the transaction rolls back (GivenUp) as for any write.
   */
  longWork?: boolean;
}

export type Params = Record<string, unknown>;

/** Thrown into a transaction whose caller has been told it failed: it must roll back, never commit. */
class GivenUp extends Error {}

/** Runs statements inside one transaction, so several writes land whole or not at all. */
export class TransactionRunner {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly state?: CallState,
  ) {}

  async run<Row>(query: Query<Row>, params: Params = {}): Promise<Row[]> {
    if (this.state?.givenUp) throw new GivenUp();
    const result = await this.tx.run(query.text, toParams(params) as Params);
    if (this.state?.givenUp) throw new GivenUp();
    return result.records.map((record) => recordToRow<Row>(record));
  }
}

const ping = readQuery<{ version: string }>('admin/ping');

export class QueryRunner {
  private readonly availability: Availability | undefined;

  constructor(
    readonly driver: Driver,
    private readonly options: QueryRunnerOptions = {},
  ) {
    const bound = options.unavailableAfterMs;
    this.availability = bound
      ? new Availability({ unavailableAfterMs: bound, ping: () => this.autoCommit(ping, {}, 'READ', { timeout: bound }) })
      : undefined;
  }

  private guarded<T>(work: (state: CallState) => Promise<T>): Promise<T> {
    return this.availability ? this.availability.guard(work) : work({ givenUp: false, committing: false });
  }

  /** The same database with another transaction timeout, for work that is long by nature (exports, imports). */
  withTimeout(timeoutMs: number): QueryRunner {
    return new QueryRunner(this.driver, { ...this.options, timeoutMs, longWork: true });
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({ database: this.options.database, defaultAccessMode: mode });
  }

  private get txConfig() {
    return { timeout: this.options.timeoutMs ?? 15_000 };
  }

  /**
   * A write never outlives the bound on the server: a write whose caller got 503 is rolled back by
   * the caller's side (GivenUp) or timed out by the database, so it does not land later.
   */
  private get writeTxConfig() {
    const timeout = this.options.timeoutMs ?? 15_000;
    return { timeout: this.options.unavailableAfterMs && !this.options.longWork ? Math.min(timeout, this.options.unavailableAfterMs) : timeout };
  }

  private async autoCommit<Row>(query: Query<Row>, params: Params, mode: 'READ' | 'WRITE', config = this.txConfig): Promise<Row[]> {
    const session = this.session(mode);
    try {
      const result = await session.run(query.text, toParams(params) as Params, config);
      return result.records.map((record) => recordToRow<Row>(record));
    } finally {
      await session.close();
    }
  }

  /**
   * One statement on its own. A read runs as an auto-commit transaction: one round trip instead of
   * BEGIN, RUN and COMMIT, which lets a point lookup serve about 1.5x the requests per second. A
   * failure the driver would retry (database briefly away, out of memory) falls back to a managed
   * transaction and its retries, as before.
   */
  async run<Row>(query: Query<Row>, params: Params = {}): Promise<Row[]> {
    if (query.mode === 'WRITE') return this.write((tx) => tx.run(query, params));
    return this.guarded(async (state) => {
      try {
        return await this.autoCommit(query, params, 'READ');
      } catch (error) {
        if (!isRetryableError(error)) throw error;
      }
      return this.readIn(state, (tx) => tx.run(query, params));
    });
  }

  async read<T>(work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
    return this.guarded((state) => this.readIn(state, work));
  }

  private async readIn<T>(state: CallState, work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
    const session = this.session('READ');
    try {
      return await session.executeRead((tx) => work(new TransactionRunner(tx, state)), this.txConfig);
    } finally {
      await session.close();
    }
  }

  async write<T>(work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
    return this.guarded(async (state) => {
      const session = this.session('WRITE');
      try {
        return await session.executeWrite(async (tx) => {
          // The driver retries a transaction whose commit lost its connection; that commit may have
          // landed, so a second attempt could write twice: say the database is away instead.
          if (state.committing) throw databaseUnavailable();
          const result = await work(new TransactionRunner(tx, state));
          if (state.givenUp) throw new GivenUp();
          state.committing = true;
          return result;
        }, this.writeTxConfig);
      } finally {
        await session.close();
      }
    });
  }

  /**
   * A read whose rows are handed over one at a time as they arrive, never held together: the
   * metrics job reads a million links this way into typed arrays within a bounded heap.
   */
  async forEachRow<Row>(query: Query<Row>, params: Params, onRow: (row: Row) => void): Promise<number> {
    const session = this.session('READ');
    try {
      let rows = 0;
      for await (const record of session.run(query.text, toParams(params) as Params, this.txConfig)) {
        onRow(recordToRow<Row>(record));
        rows++;
      }
      return rows;
    } finally {
      await session.close();
    }
  }

  /** For statements that manage their own transactions (CALL { … } IN TRANSACTIONS). */
  async runAutoCommit<Row>(query: Query<Row>, params: Params = {}): Promise<Row[]> {
    return this.autoCommit(query, params, 'WRITE');
  }

  close(): void {
    this.availability?.close();
  }

  /** EXPLAIN a statement: parses and plans it without touching data. */
  async explain(query: Query<unknown>): Promise<void> {
    const session = this.session(query.mode);
    try {
      await session.run(`EXPLAIN ${query.text}`, {});
    } finally {
      await session.close();
    }
  }
}
