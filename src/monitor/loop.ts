import { pollDue, type PollRun } from './poll-due.js';
import type { PollContext } from './poll-source.js';

export type PollLoop = { stop(): Promise<void> };

// Polls due sources every `intervalMs` in this process (`accord serve`, `accord worker`), one
// run at a time: a run longer than the interval delays the next rather than overlapping it.
// A run that fails (the database away for a moment) is reported and the loop goes on.
export function startPolling(context: PollContext, intervalMs: number, run: PollRun & { onError?: (error: Error) => void } = {}): PollLoop {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> = Promise.resolve();
  const tick = (): void => {
    current = pollDue(context, run)
      .catch((error: Error) => run.onError?.(error))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
