// Whether the database answers. A database that is frozen or gone does not fail a query, it just
// never answers; so every call is watched: when the database has shown no sign of life for
// `unavailableAfterMs` (no answer to the call, to any other call, or to a ping sent meanwhile), the
// call gives up with 503 DATABASE_UNAVAILABLE. A slow query on a live database keeps its time: the
// pings answer. While the database is known to be away, calls fail at once and a ping every
// `probeEveryMs` notices its return, so the service recovers by itself.
import { databaseUnavailable, isUnavailableError } from '../errors';

export interface AvailabilityOptions {
  unavailableAfterMs: number;
  /** A ping that answers; run when a call has waited this long, and while the database is away. */
  ping: () => Promise<unknown>;
  probeEveryMs?: number;
}

/** What a guarded call may learn while it runs: that it was given up, so it must not commit. */
export interface CallState {
  givenUp: boolean;
  /** The commit is on its way: its outcome is unknown until the database answers, so wait for it. */
  committing: boolean;
}

export class Availability {
  private lastAnswerAt = 0;
  private awaySince: number | undefined;
  private probeStartedAt: number | undefined;
  private probeTimer: NodeJS.Timeout | undefined;
  private readonly tickMs: number;

  constructor(private readonly options: AvailabilityOptions) {
    this.tickMs = Math.max(50, Math.min(500, options.unavailableAfterMs / 8));
  }

  get away(): boolean {
    return this.awaySince !== undefined;
  }

  private answered(): void {
    this.lastAnswerAt = Date.now();
    if (this.awaySince !== undefined) {
      this.awaySince = undefined;
      clearInterval(this.probeTimer);
      this.probeTimer = undefined;
    }
  }

  private wentAway(): void {
    if (this.awaySince !== undefined) return;
    this.awaySince = Date.now();
    this.probeTimer = setInterval(() => this.probe(), this.options.probeEveryMs ?? 500);
    this.probeTimer.unref();
  }

  /** One ping at a time; one that hangs longer than the bound is abandoned for a fresh one. */
  private probe(): void {
    const now = Date.now();
    if (this.probeStartedAt !== undefined && now - this.probeStartedAt < this.options.unavailableAfterMs) return;
    const started = (this.probeStartedAt = now);
    this.options.ping().then(
      () => {
        if (this.probeStartedAt === started) this.probeStartedAt = undefined;
        this.answered();
      },
      () => {
        if (this.probeStartedAt === started) this.probeStartedAt = undefined;
      },
    );
  }

  async guard<T>(work: (state: CallState) => Promise<T>): Promise<T> {
    const state: CallState = { givenUp: false, committing: false };
    if (this.away) {
      this.probe();
      throw databaseUnavailable();
    }
    const started = Date.now();
    const call = work(state);
    return new Promise<T>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const watch = () => {
        const silentFor = Date.now() - Math.max(this.lastAnswerAt, started);
        if (silentFor >= this.options.unavailableAfterMs && !state.committing) {
          state.givenUp = true;
          this.wentAway();
          reject(databaseUnavailable());
          return;
        }
        if (Date.now() - started >= this.tickMs * 2) this.probe();
        timer = setTimeout(watch, this.tickMs);
      };
      timer = setTimeout(watch, this.tickMs);
      call.then(
        (value) => {
          clearTimeout(timer);
          this.answered();
          if (!state.givenUp) resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          if (isUnavailableError(error)) {
            this.wentAway();
            if (!state.givenUp) reject(databaseUnavailable());
            return;
          }
          this.answered();
          if (!state.givenUp) reject(error);
        },
      );
    });
  }

  close(): void {
    clearInterval(this.probeTimer);
  }
}
