// The worker thread of `ingestStream(inputs, { concurrency })` (internal/ingest/pool.ts): ingests
// what the pool posts and posts back the result or the error's name, message and code.
import { ingestText } from './ingest.js';

const port = globalThis.process?.getBuiltinModule?.('node:worker_threads').parentPort;

port?.on('message', ({ text, options }) => {
  try {
    port.postMessage({ result: ingestText(text, options) });
  } catch (error) {
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    const code = (error as { code?: unknown }).code;
    port.postMessage({ error: { name, message, ...(typeof code === 'string' ? { code } : {}) } });
  }
});
