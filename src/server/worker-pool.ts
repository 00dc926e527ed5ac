import { existsSync } from 'node:fs';
import { Worker, type ResourceLimits } from 'node:worker_threads';

// A few worker threads that run jobs off the request loop, one job per worker at a time. A job
// over its time limit has its worker terminated (V8 stops it even inside a loop) and fails; the
// next job gets a new worker. Workers start on the first job and hold no process open.

// `timeout`: over the time limit; `stopping`: the pool was closed; `crashed`: the worker died.
export class JobError extends Error {
  constructor(
    readonly reason: 'timeout' | 'stopping' | 'crashed',
    message: string,
  ) {
    super(message);
  }
}

// What a worker's job threw, as it crossed the thread: its class name, message and `code`.
export type ThrownInWorker = { name: string; message: string; code?: string };

export type PoolOptions = {
  size: number;
  jobMs: number;
  // Starts one worker, which posts { type: 'ready' } once it takes jobs.
  spawn: () => Worker;
  // Turns what a job threw back into an error of this thread.
  rethrow: (thrown: ThrownInWorker) => Error;
  // Called with the thread id of each worker taken out of the pool (died, stopped, or closed).
  onRetire?: (threadId: number) => void;
};

type Job = { input: unknown; resolve: (value: unknown) => void; reject: (error: Error) => void };
// `threadId` read at the start: a worker that has exited says -1.
type Slot = { worker: Worker; threadId: number; ready: boolean; job: Job | null; timer: NodeJS.Timeout | null };
type Message =
  | { type: 'ready' }
  | { type: 'done'; value: unknown }
  | { type: 'failed'; error: ThrownInWorker };

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private closed = false;

  constructor(private readonly options: PoolOptions) {}

  run<T>(input: unknown): Promise<T> {
    if (this.closed) return Promise.reject(new JobError('stopping', 'the server is stopping'));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ input, resolve: resolve as (value: unknown) => void, reject });
      this.dispatch();
    });
  }

  // Fails every waiting and running job, and terminates every worker.
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new JobError('stopping', 'the server is stopping'));
    await Promise.all([...this.slots].map((slot) => this.retire(slot, new JobError('stopping', 'the server is stopping'))));
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      const slot = this.slots.find((s) => s.ready && s.job === null) ?? (this.slots.length < this.options.size ? this.start() : null);
      if (!slot || !slot.ready) return;
      this.assign(slot, this.queue.shift() as Job);
    }
  }

  private start(): Slot {
    const worker = this.options.spawn();
    const slot: Slot = { worker, threadId: worker.threadId, ready: false, job: null, timer: null };
    slot.worker.unref();
    this.slots.push(slot);
    slot.worker.on('message', (message: Message) => this.receive(slot, message));
    slot.worker.on('error', (error) => void this.retire(slot, new JobError('crashed', `the worker failed: ${error.message}`)));
    slot.worker.on('exit', () => void this.retire(slot, new JobError('crashed', 'the worker stopped')));
    return slot;
  }

  // The time limit counts from the job's start on a ready worker, not the worker's own start.
  private assign(slot: Slot, job: Job): void {
    slot.job = job;
    slot.worker.ref();
    slot.timer = setTimeout(
      () => void this.retire(slot, new JobError('timeout', `took longer than ${this.options.jobMs / 1000} s and was stopped`)),
      this.options.jobMs,
    );
    slot.worker.postMessage({ type: 'job', input: job.input });
  }

  private receive(slot: Slot, message: Message): void {
    if (message.type === 'ready') {
      slot.ready = true;
      return this.dispatch();
    }
    const job = slot.job;
    this.release(slot);
    if (message.type === 'done') job?.resolve(message.value);
    else job?.reject(this.options.rethrow(message.error));
    this.dispatch();
  }

  private release(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    slot.worker.unref();
  }

  // Takes a worker out of the pool, failing its job with `error`.
  private async retire(slot: Slot, error: JobError): Promise<void> {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    // A worker that dies before it is ready fails the job waiting for it, so that a worker that
    // cannot start fails each job once instead of being started again and again.
    const job = slot.job ?? (slot.ready ? undefined : this.queue.shift());
    this.release(slot);
    await slot.worker.terminate();
    this.options.onRetire?.(slot.threadId);
    job?.reject(error);
    this.dispatch();
  }
}

// The worker file `name` beside the module at `base` (import.meta.url): the compiled .js in
// dist/, else the .ts source, run through tsx (a worker does not inherit the loader hooks of
// the thread that starts it).
export function spawnWorker(base: string, name: string, workerData: unknown, resourceLimits?: ResourceLimits): Worker {
  const compiled = new URL(`./${name}.js`, base);
  if (existsSync(compiled)) return new Worker(compiled, { workerData, resourceLimits });
  const source = new URL(`./${name}.ts`, base);
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source.href)}); });`;
  return new Worker(boot, { eval: true, workerData, resourceLimits });
}
