// Builds a timetable in a worker thread, so a large event's solve (seconds) never blocks the server's
// event loop. The worker is plain TypeScript loaded through tsx, the same loader `npm start` runs on.
import { Worker, parentPort, workerData } from 'node:worker_threads';
import loadHighs from 'highs';
import { ScheduleInputError, solveSchedule, type Schedule, type ScheduleInput } from './schedule';

interface Job {
  input: ScheduleInput;
  timeLimitSeconds?: number;
}

type Reply = { ok: true; schedule: Schedule } | { ok: false; message: string; inputError?: { reason: string; meeting: string } };

if (parentPort && (workerData as { scheduleJob?: Job } | undefined)?.scheduleJob) {
  const job = (workerData as { scheduleJob: Job }).scheduleJob;
  const port = parentPort;
  try {
    const schedule = solveSchedule(await loadHighs(), job.input, job.timeLimitSeconds);
    port.postMessage({ ok: true, schedule } satisfies Reply);
  } catch (error) {
    const inputError = error instanceof Error && 'reason' in error ? { reason: String(error.reason), meeting: String((error as { meeting?: unknown }).meeting) } : undefined;
    port.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error), inputError } satisfies Reply);
  }
}

/** Solves in a fresh worker thread and resolves with the timetable (or rejects with the solver's error). */
export async function scheduleInWorker(input: ScheduleInput, timeLimitSeconds?: number): Promise<Schedule> {
  const self = import.meta.url;
  const worker = new Worker(`import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(self)}, ${JSON.stringify(self)}))`, {
    eval: true,
    workerData: { scheduleJob: { input, timeLimitSeconds } satisfies Job },
  });
  try {
    const reply = await new Promise<Reply>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`The schedule worker stopped (exit code ${code})`)));
    });
    if (reply.ok) return reply.schedule;
    if (reply.inputError) {
      throw new ScheduleInputError(reply.inputError.reason as ConstructorParameters<typeof ScheduleInputError>[0], reply.inputError.meeting);
    }
    throw new Error(reply.message);
  } finally {
    await worker.terminate();
  }
}
