import type { Worker } from 'node:worker_threads';
import type { IngestOptions, IngestResult } from '@black-january/corpus/ingest';
import { InputError, Interrupted } from './errors.js';
import type { Io } from './io.js';

/**
 * With one job, inputs at least this large are ingested in a worker thread. Ingest reads about
 * 5 MB a second, so a smaller input holds the main thread for well under the 1 s in which Ctrl-C
 * must act, and pays no worker start-up (about 50 ms).
 */
export const WORKER_THRESHOLD = 256 * 1024;

export interface IngestRunner {
  ingest(bytes: Uint8Array, options: IngestOptions): Promise<IngestResult>;
  /** Stops the workers, if any were started. */
  close(): Promise<void>;
}

type Reply = { result?: IngestResult; error?: { name: string; message: string } };
interface Task {
  bytes: Uint8Array;
  options: IngestOptions;
  resolve(result: IngestResult): void;
  reject(error: Error): void;
}

/**
 * Ingest that Ctrl-C can stop at once, on `jobs` worker threads (started on first need and kept
 * for the run) that an abort terminates mid-document. With one job, small inputs are ingested on
 * the main thread and large ones in one worker. Results come back per call, so the caller keeps
 * the input order.
 */
export function ingestRunner(io: Io, jobs = 1): IngestRunner {
  const idle: Worker[] = [];
  const all = new Set<Worker>();
  const queue: Task[] = [];
  const running = new Map<Worker, Task>();

  const stopAll = (error: Error) => {
    for (const w of all) void w.terminate();
    all.clear();
    idle.length = 0;
    for (const task of [...running.values(), ...queue.splice(0)]) task.reject(error);
    running.clear();
  };
  const onAbort = () => stopAll(new Interrupted());
  io.signal.addEventListener('abort', onAbort, { once: true });

  const give = (w: Worker) => {
    const task = queue.shift();
    if (!task) return void idle.push(w);
    running.set(w, task);
    // Its own buffer, moved rather than copied: a view into a shared read buffer would be cloned
    // whole with it.
    const bytes = task.bytes.slice();
    w.postMessage({ bytes, options: task.options }, [bytes.buffer]);
  };
  let starting = 0;
  const start = async () => {
    starting++;
    // Loaded on first need: every other command would pay for it at start-up.
    const { Worker } = await import('node:worker_threads').finally(() => starting--);
    const w = new Worker(new URL('./ingest-worker.js', import.meta.url));
    all.add(w);
    w.on('message', (m: Reply) => {
      const task = running.get(w);
      running.delete(w);
      if (m.result) task?.resolve(m.result);
      else if (m.error?.name === 'IngestInputError') task?.reject(new InputError(m.error.message));
      else task?.reject(new Error(m.error?.message ?? 'ingest worker failed'));
      give(w);
    });
    w.on('error', (error) => stopAll(error));
    give(w);
  };
  const inWorker = (bytes: Uint8Array, options: IngestOptions) =>
    new Promise<IngestResult>((resolve, reject) => {
      if (io.signal.aborted) return reject(new Interrupted());
      queue.push({ bytes, options, resolve, reject });
      const free = idle.pop();
      if (free) give(free);
      else if (all.size + starting < jobs) void start().catch(reject);
    });

  return {
    async ingest(bytes, options) {
      if (jobs === 1 && bytes.length < WORKER_THRESHOLD) {
        const { ingestText } = await import('@black-january/corpus/ingest');
        return ingestText(bytes, options);
      }
      return inWorker(bytes, options);
    },
    async close() {
      io.signal.removeEventListener('abort', onAbort);
      await Promise.all([...all].map((w) => w.terminate()));
      all.clear();
      idle.length = 0;
    },
  };
}
