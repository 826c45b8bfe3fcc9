import type { Worker } from 'node:worker_threads';
import type { IngestOptions, IngestResult } from '@black-january/corpus/ingest';
import { InputError, Interrupted } from './errors.js';
import type { Io } from './io.js';

/**
 * Inputs at least this large are ingested in a worker thread. Ingest reads about 5 MB a second, so
 * a smaller input holds the main thread for well under the 1 s in which Ctrl-C must act, and pays
 * no worker start-up (about 50 ms).
 */
export const WORKER_THRESHOLD = 256 * 1024;

export interface IngestRunner {
  ingest(bytes: Uint8Array, options: IngestOptions): Promise<IngestResult>;
  /** Stops the worker, if one was started. */
  close(): Promise<void>;
}

/**
 * Ingest that Ctrl-C can stop at once: large inputs go to one worker thread (started on first
 * need and kept for the run), which an abort terminates mid-document.
 */
export function ingestRunner(io: Io): IngestRunner {
  let worker: Worker | undefined;
  const inWorker = async (bytes: Uint8Array, options: IngestOptions) => {
    // Loaded on first need: every other command would pay for it at start-up.
    const { Worker } = await import('node:worker_threads');
    return new Promise<IngestResult>((resolve, reject) => {
      worker ??= new Worker(new URL('./ingest-worker.js', import.meta.url));
      const w = worker;
      const onAbort = () => {
        worker = undefined;
        void w.terminate();
        reject(new Interrupted());
      };
      if (io.signal.aborted) return onAbort();
      io.signal.addEventListener('abort', onAbort, { once: true });
      const settle = () => {
        io.signal.removeEventListener('abort', onAbort);
        w.off('message', onMessage).off('error', onError);
      };
      const onMessage = (m: {
        result?: IngestResult;
        error?: { name: string; message: string };
      }) => {
        settle();
        if (m.result) resolve(m.result);
        else if (m.error?.name === 'IngestInputError') reject(new InputError(m.error.message));
        else reject(new Error(m.error?.message ?? 'ingest worker failed'));
      };
      const onError = (error: Error) => {
        settle();
        worker = undefined;
        reject(error);
      };
      w.on('message', onMessage).on('error', onError);
      w.postMessage({ bytes, options });
    });
  };
  return {
    async ingest(bytes, options) {
      if (bytes.length < WORKER_THRESHOLD) {
        const { ingestText } = await import('@black-january/corpus/ingest');
        return ingestText(bytes, options);
      }
      return inWorker(bytes, options);
    },
    async close() {
      await worker?.terminate();
      worker = undefined;
    },
  };
}
