// Runs a fixed number of calls with a fixed number in flight and records each call's latency.
// Bounded in count (never open-ended) and aimed only at the loopback server the benchmark started.
export interface LoadResult {
  latencies: number[];
  seconds: number;
  failures: number;
}

export async function runLoad(
  call: (index: number) => Promise<void>,
  { calls, concurrency }: { calls: number; concurrency: number },
): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < calls) {
      const index = next++;
      const t0 = performance.now();
      try {
        await call(index);
        latencies.push(performance.now() - t0);
      } catch {
        failures++;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, calls) }, worker));
  return { latencies, seconds: (performance.now() - started) / 1000, failures };
}

/** GET a URL and fail on any status but 200, reading the whole body as a client would. */
export async function getOk(url: string): Promise<void> {
  const response = await fetch(url);
  const body = await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url}: ${response.status} ${Buffer.from(body).toString().slice(0, 200)}`);
}
