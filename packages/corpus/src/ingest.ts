import { decodeText, IngestInputError } from './decode.js';
import { fallback } from './internal/ingest/fallback.js';
import { readDocument } from './internal/ingest/read.js';
import { salvage } from './internal/ingest/salvage.js';
import type { IngestInput } from './internal/ingest/stream.js';
import type { IngestOptions, IngestResult } from './internal/ingest/types.js';
import { validateRecord } from './validate.js';

export { decodeText, IngestInputError } from './decode.js';
export type { Removal } from './internal/ingest/lines.js';
export { type IngestInput, jsonlInputs } from './internal/ingest/stream.js';
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

/** One item of an ingest stream: the result, or the error that input gave, with its position. */
export type IngestStreamItem =
  | { index: number; fileName: string | null; result: IngestResult; error?: undefined }
  | { index: number; fileName: string | null; result?: undefined; error: IngestInputError };

/**
 * Ingest a stream of documents one at a time, so memory stays bounded however many there are.
 * An input that is not text yields its error in place and the stream goes on.
 */
export async function* ingestStream(
  inputs: AsyncIterable<IngestInput | IngestInputError> | Iterable<IngestInput | IngestInputError>,
  options: Omit<IngestOptions, 'id' | 'source'> = {},
): AsyncGenerator<IngestStreamItem> {
  let index = 0;
  for await (const input of inputs) {
    const at = index++;
    if (input instanceof IngestInputError) {
      yield { index: at, fileName: null, error: input };
      continue;
    }
    const item = typeof input === 'string' || input instanceof Uint8Array ? { text: input } : input;
    const fileName = 'fileName' in item && item.fileName !== undefined ? item.fileName : null;
    try {
      const result = ingestText(item.text, {
        ...options,
        ...(fileName ? { source: { fileName } } : {}),
        ...('id' in item && item.id ? { id: item.id } : {}),
      });
      yield { index: at, fileName, result };
    } catch (error) {
      if (!(error instanceof IngestInputError)) throw error;
      yield { index: at, fileName, error };
    }
  }
}
