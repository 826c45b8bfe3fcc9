// Runs ingest off the main thread, so that the main thread stays free to answer Ctrl-C.
import { parentPort } from 'node:worker_threads';
import { ingestText } from '@black-january/corpus/ingest';

parentPort?.on('message', ({ bytes, options }) => {
  try {
    parentPort?.postMessage({ result: ingestText(bytes, options) });
  } catch (error) {
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    parentPort?.postMessage({ error: { name, message } });
  }
});
