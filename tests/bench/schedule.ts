// The schedule part of the benchmark: a generated cooperation event solved in the worker thread the
// server uses, a few times over, with how full the timetable came out.
import { scheduleInWorker } from '../../server/src/events/schedule-worker';
import { generateEvent } from './schedule-instance';
import { summarize } from './stats';

export interface ScheduleBenchResult {
  participants: number;
  requests: number;
  slots: number;
  tables: number;
  runs: number;
  p50: number;
  max: number;
  placed: number;
  unplaced: number;
  optimal: boolean;
}

/** `size` is "participants,requests,slots,tables". */
export async function measureSchedule(size: string, runs = 3): Promise<ScheduleBenchResult> {
  const [participants, requests, slots, tables] = size.split(',').map(Number) as [number, number, number, number];
  const input = generateEvent({ participants, requests, slots, tables });
  const latencies: number[] = [];
  let last;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    last = await scheduleInWorker(input);
    latencies.push(performance.now() - start);
  }
  const stats = summarize(latencies);
  return {
    participants,
    requests,
    slots,
    tables,
    runs,
    p50: stats.p50,
    max: Math.max(...latencies),
    placed: last!.placed.length,
    unplaced: last!.unplaced.length,
    optimal: last!.optimal,
  };
}
