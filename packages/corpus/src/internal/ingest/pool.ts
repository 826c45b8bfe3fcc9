import type { Worker } from 'node:worker_threads';
import { IngestInputError } from '../../errors.js';
import type { IngestOptions, IngestResult } from './types.js';

/**
 * With one thread, inputs at least this large are ingested in a worker. Ingest reads about 5 MB a
 * second, so a smaller input holds the calling thread for well under 100 ms and pays no worker
 * start-up (about 50 ms); a larger one in a worker is stopped at once by an abort.
 */
export const WORKER_THRESHOLD = 256 * 1024;

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
  const idle: Worker[] = [];
  const all = new Set<Worker>();
  const queue: Task[] = [];
  const running = new Map<Worker, Task>();

  const stopAll = (error: unknown) => {
    for (const w of all) void w.terminate();
    all.clear();
    idle.length = 0;
    for (const task of [...running.values(), ...queue.splice(0)]) task.reject(error);
    running.clear();
  };
  const onAbort = () => stopAll(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });

  const give = (w: Worker) => {
    const task = queue.shift();
    if (!task) return void idle.push(w);
    running.set(w, task);
    // A copy in a buffer of its own, then moved: the caller's bytes may be a view into Node's
    // shared Buffer pool (Buffer#slice does not copy), which must neither be cloned whole nor
    // detached from the caller's other Buffers, and which Node 22 refuses to transfer at all.
    const text = typeof task.text === 'string' ? task.text : new Uint8Array(task.text);
    w.postMessage({ text, options: task.options }, typeof text === 'string' ? [] : [text.buffer]);
  };
  const start = (Ctor: typeof Worker) => {
    const w = new Ctor(workerUrl());
    all.add(w);
    w.on('message', (m: Reply) => {
      const task = running.get(w);
      running.delete(w);
      if (m.result) task?.resolve(m.result);
      else task?.reject(fromReply(m.error ?? { name: 'Error', message: 'no result' }));
      give(w);
    });
    w.on('error', stopAll);
    give(w);
  };
  const inWorker = (Ctor: typeof Worker, text: string | Uint8Array, options: IngestOptions) =>
    new Promise<IngestResult>((resolve, reject) => {
      queue.push({ text, options, resolve, reject });
      const free = idle.pop();
      if (free) give(free);
      else if (all.size < threads) start(Ctor);
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
      await Promise.all([...all].map((w) => w.terminate()));
      all.clear();
      idle.length = 0;
    },
  };
}
