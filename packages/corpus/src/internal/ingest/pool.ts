import type { Worker } from 'node:worker_threads';
import { IngestInputError } from '../../errors.js';
import type { IngestOptions, IngestResult } from './types.js';

/**
 * With one thread, inputs at least this large are ingested in a worker. Ingest reads about 5 MB a
 * second, so a smaller input holds the calling thread for well under 100 ms and pays no worker
 * start-up (about 50 ms); a larger one in a worker is stopped at once by an abort.
 */
export const WORKER_THRESHOLD = 256 * 1024;

/**
 * Tasks a worker holds at once: the one it ingests and the next. With one, a worker waited for
 * the caller's thread to take each result and post the next input: a third of its time on two
 * cores, where that thread must first get a core from the workers themselves.
 */
const PIPELINE_DEPTH = 2;

/** Ingest on worker threads, in the order results are asked for by the caller. */
export interface IngestPool {
  ingest(text: string | Uint8Array, options: IngestOptions): Promise<IngestResult>;
  close(): Promise<void>;
}

type Reply = { result?: IngestResult; error?: { name: string; message: string; code?: string } };
interface Task {
  text: string | Uint8Array;
  options: IngestOptions;
  resolve(result: IngestResult): void;
  reject(error: unknown): void;
}
type Ingest = (text: string | Uint8Array, options: IngestOptions) => IngestResult;

// Node cannot start a worker on TypeScript: run from source (the tests), the built worker runs.
const workerUrl = () =>
  import.meta.url.endsWith('.ts')
    ? new URL('../../../dist/ingest-worker.js', import.meta.url)
    : new URL('./ingest-worker.js', import.meta.url);

const fromReply = (error: NonNullable<Reply['error']>) =>
  error.name === 'IngestInputError'
    ? new IngestInputError(error.message, error.code as IngestInputError['code'])
    : new Error(`ingest worker: ${error.message}`);

/**
 * A pool of `threads` workers, started on first need and kept until `close`. Where worker threads
 * do not exist (a browser), or for small inputs on one thread, `inThread` ingests on the caller's
 * thread. An abort of `signal` terminates the workers mid-document and rejects what is pending.
 */
export function ingestPool(threads: number, inThread: Ingest, signal?: AbortSignal): IngestPool {
  const threadsModule = globalThis.process?.getBuiltinModule?.('node:worker_threads');
  const queue: Task[] = [];
  // Each worker's tasks posted and not answered yet, oldest first: it answers in that order.
  const inFlight = new Map<Worker, Task[]>();

  const stopAll = (error: unknown) => {
    for (const w of inFlight.keys()) void w.terminate();
    const pending = [...[...inFlight.values()].flat(), ...queue.splice(0)];
    inFlight.clear();
    for (const task of pending) task.reject(error);
  };
  const onAbort = () => stopAll(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });

  const post = (w: Worker, task: Task) => {
    inFlight.get(w)?.push(task);
    // A copy in a buffer of its own, then moved: the caller's bytes may be a view into Node's
    // shared Buffer pool (Buffer#slice does not copy), which must neither be cloned whole nor
    // detached from the caller's other Buffers, and which Node 22 refuses to transfer at all.
    const text = typeof task.text === 'string' ? task.text : new Uint8Array(task.text);
    w.postMessage({ text, options: task.options }, typeof text === 'string' ? [] : [text.buffer]);
  };
  const start = (Ctor: typeof Worker) => {
    const w = new Ctor(workerUrl());
    inFlight.set(w, []);
    w.on('message', (m: Reply) => {
      const task = inFlight.get(w)?.shift();
      if (m.result) task?.resolve(m.result);
      else task?.reject(fromReply(m.error ?? { name: 'Error', message: 'no result' }));
      dispatch(Ctor);
    });
    w.on('error', stopAll);
    return w;
  };
  // Queued tasks to workers: an idle one first, then a new one, then one with fewer than
  // PIPELINE_DEPTH tasks, which then has its next task at hand when it posts a result.
  const dispatch = (Ctor: typeof Worker) => {
    while (queue.length > 0) {
      const workers = [...inFlight.keys()];
      const load = (w: Worker) => inFlight.get(w)?.length ?? 0;
      let w = workers.find((x) => load(x) === 0);
      if (!w && workers.length < threads) w = start(Ctor);
      w ??= workers.find((x) => load(x) < PIPELINE_DEPTH);
      if (!w) return;
      post(w, queue.shift() as Task);
    }
  };
  const inWorker = (Ctor: typeof Worker, text: string | Uint8Array, options: IngestOptions) =>
    new Promise<IngestResult>((resolve, reject) => {
      queue.push({ text, options, resolve, reject });
      dispatch(Ctor);
    });

  return {
    async ingest(text, options) {
      signal?.throwIfAborted();
      if (!threadsModule || (threads === 1 && text.length < WORKER_THRESHOLD))
        return inThread(text, options);
      return inWorker(threadsModule.Worker, text, options);
    },
    async close() {
      signal?.removeEventListener('abort', onAbort);
      const workers = [...inFlight.keys()];
      inFlight.clear();
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
