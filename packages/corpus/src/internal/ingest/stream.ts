import { IngestInputError } from '../../errors.js';
import type { IngestOptions, IngestResult } from './types.js';

/** One document to ingest: its text or bytes, and optionally its file name and record id. */
export type IngestInput =
  | string
  | Uint8Array
  | { text: string | Uint8Array; fileName?: string; id?: string };

/**
 * The inputs of a JSON Lines stream, one per line: `{"text": "...", "fileName": "...", "id": "..."}`
 * or a bare JSON string. A line that is not such JSON gives an {@link IngestInputError} in its
 * place, so one bad line does not stop the stream.
 */
export async function* jsonlInputs(
  lines: AsyncIterable<string> | Iterable<string>,
): AsyncGenerator<IngestInput | IngestInputError> {
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    try {
      const value: unknown = JSON.parse(line);
      if (typeof value === 'string') yield value;
      else if (
        value &&
        typeof value === 'object' &&
        typeof (value as { text?: unknown }).text === 'string'
      ) {
        const { text, fileName, id } = value as { text: string; fileName?: unknown; id?: unknown };
        yield {
          text,
          ...(typeof fileName === 'string' ? { fileName } : {}),
          ...(typeof id === 'string' ? { id } : {}),
        };
      } else
        yield new IngestInputError(
          `line ${n}: expected a JSON string or an object with a "text" string`,
          'not-text',
        );
    } catch {
      yield new IngestInputError(`line ${n}: not valid JSON`, 'not-text');
    }
  }
}

/** One item of an ingest stream: the result, or the error that input gave, with its position. */
export type IngestStreamItem =
  | { index: number; fileName: string | null; result: IngestResult; error?: undefined }
  | { index: number; fileName: string | null; result?: undefined; error: IngestInputError };

/** Ingest one input of a stream with `ingest`, its file name and id taken from the input. */
export async function ingestItem(
  input: IngestInput | IngestInputError,
  index: number,
  options: IngestOptions,
  ingest: (text: string | Uint8Array, options: IngestOptions) => Promise<IngestResult>,
): Promise<IngestStreamItem> {
  if (input instanceof IngestInputError) return { index, fileName: null, error: input };
  const item = typeof input === 'string' || input instanceof Uint8Array ? { text: input } : input;
  const fileName = 'fileName' in item && item.fileName !== undefined ? item.fileName : null;
  try {
    const result = await ingest(item.text, {
      ...options,
      ...(fileName ? { source: { fileName } } : {}),
      ...('id' in item && item.id ? { id: item.id } : {}),
    });
    return { index, fileName, result };
  } catch (error) {
    if (!(error instanceof IngestInputError)) throw error;
    return { index, fileName, error };
  }
}

/**
 * `run` on each input, up to `window` at a time, yielding each result in input order as soon as
 * those before it are out. An error of the inputs themselves is thrown after the results before it.
 */
export async function* inOrder<I, O>(
  inputs: AsyncIterable<I> | Iterable<I>,
  window: number,
  run: (input: I, index: number) => Promise<O>,
): AsyncGenerator<O> {
  const ahead: Array<{ task: Promise<O>; settled: boolean }> = [];
  const next = () => (ahead.shift() as (typeof ahead)[number]).task;
  let index = 0;
  try {
    for await (const input of inputs) {
      const entry = { task: run(input, index++), settled: false };
      // Awaited in order below; until then a rejection must not count as unhandled.
      entry.task.then(
        () => (entry.settled = true),
        () => (entry.settled = true),
      );
      ahead.push(entry);
      while (ahead[0] && (ahead[0].settled || ahead.length >= window)) yield await next();
    }
  } catch (error) {
    while (ahead[0]) yield await next();
    throw error;
  }
  while (ahead[0]) yield await next();
}
