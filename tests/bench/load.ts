// Runs a fixed number of calls with a fixed number in flight and records each call's latency.
// Bounded in count (never open-ended) and aimed only at the loopback server the benchmark started.
export interface LoadResult {
  latencies: number[];
  seconds: number;
  failures: number;
  /** The first failure's message, so a timeout or a 4xx shows in the table's notes. */
  firstError?: string;
}

/**
 * `budgetMs` bounds the time as well as the count: once it is spent no new call starts, so a query
 * that takes seconds at 200k firms is measured on fewer calls instead of holding the run for hours.
 * `minMs` keeps a fast query going past `calls` until that much time has passed (never past the
 * budget): 200 lookups take a fraction of a second, too short to warm the JIT or to measure a rate.
 */
export async function runLoad(
  call: (index: number) => Promise<void>,
  { calls, concurrency, budgetMs = Infinity, minMs = 0 }: { calls: number; concurrency: number; budgetMs?: number; minMs?: number },
): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  let firstError: string | undefined;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    for (;;) {
      const elapsed = performance.now() - started;
      if (elapsed >= budgetMs || (next >= calls && elapsed >= minMs)) break;
      const index = next++;
      const t0 = performance.now();
      try {
        await call(index);
        latencies.push(performance.now() - t0);
      } catch (error) {
        failures++;
        firstError ??= (error as Error).message.slice(0, 300);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, calls) }, worker));
  return { latencies, seconds: (performance.now() - started) / 1000, failures, firstError };
}

/**
 * Two ways of making the same call, in turn and one at a time: both see the same load from the rest
 * of the machine and the same warmed-up code, so their ratio is not skewed by which ran first.
 */
export async function runAlternating(
  first: (index: number) => Promise<void>,
  second: (index: number) => Promise<void>,
  { calls, budgetMs = Infinity }: { calls: number; budgetMs?: number },
): Promise<[LoadResult, LoadResult]> {
  const results: [LoadResult, LoadResult] = [
    { latencies: [], seconds: 0, failures: 0 },
    { latencies: [], seconds: 0, failures: 0 },
  ];
  const started = performance.now();
  for (let index = 0; index < calls && performance.now() - started < budgetMs; index++) {
    for (const [call, result] of [[first, results[0]], [second, results[1]]] as const) {
      const t0 = performance.now();
      try {
        await call(index);
        result.latencies.push(performance.now() - t0);
      } catch (error) {
        result.failures++;
        result.firstError ??= (error as Error).message.slice(0, 300);
      }
      result.seconds += (performance.now() - t0) / 1000;
    }
  }
  return results;
}

/** GET a URL and fail on any status but 200, reading the whole body as a client would. */
export async function getOk(url: string): Promise<void> {
  const response = await fetch(url);
  const body = await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url}: ${response.status} ${Buffer.from(body).toString().slice(0, 200)}`);
}
