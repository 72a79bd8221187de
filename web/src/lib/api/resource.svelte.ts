// An API answer that follows its question: `request` reads reactive state and returns how to ask
// (or undefined while the question is incomplete); whenever what it read changes, the previous
// request is aborted and a new one starts. For components, as `$effect` needs one.
import { isAbort } from './client';

export function resource<T>(request: () => ((signal: AbortSignal) => Promise<T>) | undefined) {
  let value = $state.raw<T | undefined>();
  let error = $state.raw<unknown>();
  let asked = $state(false);
  let attempt = $state(0);

  $effect(() => {
    void attempt;
    const run = request();
    value = undefined;
    error = undefined;
    asked = run !== undefined;
    if (!run) return;
    const controller = new AbortController();
    run(controller.signal).then(
      (result) => (value = result),
      (e) => {
        if (!isAbort(e)) error = e;
      },
    );
    return () => controller.abort();
  });

  return {
    get value() {
      return value;
    },
    get error() {
      return error;
    },
    /** Asked and neither answered nor failed yet. */
    get loading() {
      return asked && value === undefined && error === undefined;
    },
    retry() {
      attempt++;
    },
  };
}
