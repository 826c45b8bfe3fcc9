import { IngestInputError } from '../../errors.js';

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
