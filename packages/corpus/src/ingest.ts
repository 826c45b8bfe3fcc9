import { decodeText, IngestInputError } from './decode.js';
import { fallback } from './internal/ingest/fallback.js';
import { ingestPool } from './internal/ingest/pool.js';
import { readDocument } from './internal/ingest/read.js';
import { salvage } from './internal/ingest/salvage.js';
import {
  type IngestInput,
  type IngestStreamItem,
  ingestItem,
  inOrder,
} from './internal/ingest/stream.js';
import type { IngestOptions, IngestResult } from './internal/ingest/types.js';
import { validateRecord } from './validate.js';

export { decodeText, IngestInputError } from './decode.js';
export type { Removal } from './internal/ingest/lines.js';
export {
  type IngestInput,
  type IngestStreamItem,
  jsonlInputs,
} from './internal/ingest/stream.js';
export type { IngestOptions, IngestResult } from './internal/ingest/types.js';
export type { Warning } from './internal/ingest/warnings.js';

/**
 * Turn the raw text of a UN masthead document or a mission press release (copied from a PDF or a
 * web page) into a corpus record, with warnings for each doubt and a log of what was removed.
 * Deterministic, and never throws on text, however damaged.
 * @throws IngestInputError only when the input is not text (binary data, bytes invalid in their
 * encoding) or the options are not an object.
 */
export function ingestText(
  input: string | Uint8Array,
  options: IngestOptions | null = {},
): IngestResult {
  options ??= {};
  if (typeof options !== 'object')
    throw new IngestInputError('options must be an object such as { id }', 'invalid-options');
  const { text, bytes } = decodeText(input, options.encoding);
  let result: IngestResult;
  try {
    result = readDocument(text, bytes, options);
  } catch (error) {
    return fallback(text, bytes, options, [
      {
        code: 'internal',
        message: error instanceof Error ? error.message : String(error),
        path: [],
      },
    ]);
  }
  let checked = validateRecord(result.record);
  const shape = checked.ok ? [] : checked.issues.filter((i) => i.code.startsWith('schema-'));
  if (shape.length > 0) {
    const saved = salvage(result.record, shape);
    if (!saved) return fallback(text, bytes, options, shape);
    result = { ...result, record: saved.record, warnings: [...result.warnings, ...saved.warnings] };
    checked = validateRecord(result.record);
    const still = checked.ok ? [] : checked.issues.filter((i) => i.code.startsWith('schema-'));
    if (still.length > 0) return fallback(text, bytes, options, still);
  }
  if (checked.ok) return result;
  return { ...result, warnings: [...result.warnings, ...checked.issues] };
}

/** Options for {@link ingestStream}: those of {@link ingestText} but `id` and `source`, and more. */
export interface IngestStreamOptions extends Omit<IngestOptions, 'id' | 'source'> {
  /**
   * Ingest on this many worker threads; results still come in input order. With 1, inputs under
   * 256 KB are ingested on the calling thread and larger ones in a worker. Where there are no
   * worker threads (a browser), everything is ingested on the calling thread. Default: no workers.
   */
  concurrency?: number;
  /** Stops the stream: workers end mid-document, and the stream throws `signal.reason`. */
  signal?: AbortSignal;
}

/** Inputs read ahead for each thread: enough that no worker waits for the next input. */
const READ_AHEAD = 8;

/**
 * Ingest a stream of documents, so memory stays bounded however many there are (with
 * `concurrency`, at most 8 inputs a thread are read ahead). An input that is not text yields its
 * error in place and the stream goes on; an error of the input iterable itself is thrown after
 * the results of the inputs before it.
 * @throws IngestInputError when `concurrency` is not a positive whole number.
 */
export async function* ingestStream(
  inputs: AsyncIterable<IngestInput | IngestInputError> | Iterable<IngestInput | IngestInputError>,
  options: IngestStreamOptions = {},
): AsyncGenerator<IngestStreamItem> {
  const { concurrency, signal, ...common } = options ?? {};
  if (concurrency === undefined) {
    let index = 0;
    for await (const input of inputs) {
      signal?.throwIfAborted();
      yield await ingestItem(input, index++, common, async (text, o) => ingestText(text, o));
    }
    return;
  }
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new IngestInputError(
      `concurrency must be a whole number of threads, 1 or more (got ${String(concurrency)})`,
      'invalid-options',
    );
  const pool = ingestPool(concurrency, ingestText, signal);
  try {
    yield* inOrder(inputs, concurrency * READ_AHEAD, (input, index) =>
      ingestItem(input, index, common, pool.ingest),
    );
  } finally {
    await pool.close();
  }
}
