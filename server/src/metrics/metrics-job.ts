// Runs the whole-region metrics in a worker thread (worker.ts) and keeps one run at a time: a
// request while one runs is remembered and starts when it ends; changes schedule a run after a
// quiet spell (debounced), so a burst of edits costs one run.
import { Worker } from 'node:worker_threads';
import type { MetricsRun } from './queries';
import type { MetricsEngineName, StepTimes, WorkerInput, WorkerOutput } from './worker';

/**
 * Sources sampled for betweenness unless told otherwise: each costs two passes over the whole network
 * (about 0.1 s of CPU at 200,000 firms); the error this leaves is tested in betweenness.test.ts.
 */
export const defaultBetweennessSamples = 100;

/**
 * The worker's heap limit unless told otherwise: at 200,000 firms the job needs under 100 MiB (flat
 * arrays, rows streamed), so this leaves room to spare while it keeps a runaway from taking the server.
 */
export const defaultHeapMiB = 512;

export interface MetricsJobOptions {
  connection: { uri: string; user?: string; password?: string };
  /** Quiet time after the last change before the measures are computed again. */
  debounceMs?: number;
  /** Sources sampled for betweenness. */
  betweennessSamples?: number;
  /** The worker's heap limit: the job's memory stays bounded whatever the region's size. */
  heapMiB?: number;
  /** Asked before each run: which engine computes PageRank and betweenness. */
  engine?: () => Promise<MetricsEngineName>;
  onError?: (message: string) => void;
  /** After each run that stored new measures. */
  onRun?: (run: MetricsRun) => void;
}

export class MetricsJob {
  private current: Promise<MetricsRun> | null = null;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private worker: Worker | undefined;
  private closed = false;
  lastError: string | null = null;
  /** The last successful run's steps and their times. */
  lastSteps: StepTimes = [];

  constructor(private readonly options: MetricsJobOptions) {}

  get running(): boolean {
    return this.current !== null;
  }

  /** Computes now, or right after the run in progress; resolves with the run that saw the call. */
  run(): Promise<MetricsRun> {
    if (this.current) {
      this.again = true;
      return this.current.then(() => this.current ?? this.run());
    }
    this.current = this.spawn().finally(() => {
      this.current = null;
      if (this.again && !this.closed) {
        this.again = false;
        void this.run().catch(() => undefined);
      }
    });
    return this.current;
  }

  /** After a change: computes once things have been quiet for debounceMs. */
  schedule(): void {
    if (this.closed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run().catch(() => undefined), this.options.debounceMs ?? 30_000);
    this.timer.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    await this.worker?.terminate();
  }

  private async spawn(): Promise<MetricsRun> {
    const input: WorkerInput = {
      ...this.options.connection,
      betweennessSamples: this.options.betweennessSamples ?? defaultBetweennessSamples,
      engine: (await this.options.engine?.()) ?? 'built-in',
    };
    return new Promise<MetricsRun>((resolve, reject) => {
      const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), {
        workerData: input,
        resourceLimits: { maxOldGenerationSizeMb: this.options.heapMiB ?? defaultHeapMiB },
      });
      this.worker = worker;
      let settled = false;
      const fail = (message: string) => {
        if (settled) return;
        settled = true;
        this.lastError = message;
        this.options.onError?.(message);
        reject(new Error(`metrics: ${message}`));
      };
      worker.once('message', (output: WorkerOutput) => {
        if (!output.ok) return fail(output.message);
        settled = true;
        this.lastError = null;
        this.lastSteps = output.steps;
        this.options.onRun?.(output.run);
        resolve(output.run);
      });
      worker.once('error', (error) => fail(error.message));
      worker.once('exit', (code) => {
        this.worker = undefined;
        fail(`the worker stopped (exit code ${code})`);
      });
    });
  }
}
