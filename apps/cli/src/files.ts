import { InputError, Interrupted } from './errors.js';
import type { Io } from './io.js';
import { mib, openInput } from './open-input.js';

// Imported once: each `import()` of the bundled bin copies the module's exports anew, which per
// input of a large ingest cost more than reading the file.
let records: Promise<typeof import('@black-january/corpus/records')> | undefined;
/** The corpus package's records entry, loaded on first use. */
export const corpusRecords = () => {
  records ??= import('@black-january/corpus/records');
  return records;
};

/** Inputs larger than this are refused: 64 MiB (a UN document is well under 1 MiB). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/**
 * The text of a file, or of stdin for `-`, decoded as ingest decodes it: UTF-8, or the UTF-16 or
 * UTF-8 that a byte-order mark names, or `encoding`. Refused with a one-line message when it is
 * binary or not valid in its encoding, and as {@link readBytes} refuses.
 */
export async function readText(
  path: string,
  io: Io,
  { encoding, limit }: { encoding?: string; limit?: number } = {},
): Promise<{ name: string; text: string; bytes: Uint8Array }> {
  const { name, bytes } = await readBytes(path, io, limit);
  const { decodeText, IngestInputError } = await corpusRecords();
  let text: string;
  try {
    text = decodeText(bytes, encoding).text;
  } catch (error) {
    if (!(error instanceof IngestInputError)) throw error;
    if (error.code === 'binary')
      throw new InputError(
        `${name} is a binary file, not text${error.message.split('not text')[1]}`,
      );
    if (/^unknown encoding/.test(error.message)) throw new InputError(error.message);
    throw new InputError(
      `${name} is not valid ${encoding ?? 'UTF-8'}; convert it first (e.g. iconv -t UTF-8)`,
    );
  }
  if (text.trim() === '') throw new InputError(`${name} is empty`);
  return { name, bytes, text };
}

/**
 * The bytes of a file, or of stdin for `-`: streamed with a size limit (never more than the limit
 * is held), and refused with a clear message when it is a directory, unreadable, over the limit
 * or empty.
 */
export async function readBytes(
  path: string,
  io: Io,
  limit = MAX_INPUT_BYTES,
): Promise<{ name: string; bytes: Buffer }> {
  const name = path === '-' ? 'stdin' : path;
  const input = path === '-' ? io.stdin : await openInput(path, io, limit);
  if (Buffer.isBuffer(input)) {
    if (input.length === 0) throw new InputError(`${name} is empty`);
    return { name, bytes: input };
  }
  const stream = input;
  const chunks: Buffer[] = [];
  let size = 0;
  // Ctrl-C while a read waits on a slow pipe must not hang: a destroyed stream only settles when
  // the pending read returns, so the read is raced against the abort.
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(new Interrupted());
    io.signal.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => undefined);
  const reader = stream[Symbol.asyncIterator]();
  try {
    if (io.signal.aborted) throw new Interrupted();
    for (;;) {
      const next = await Promise.race([reader.next(), aborted]);
      if (next.done) break;
      const buf = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
      size += buf.length;
      if (size > limit) throw new InputError(`${name} is over the ${mib(limit)} limit`);
      chunks.push(buf);
    }
  } catch (error) {
    if (error instanceof InputError || error instanceof Interrupted) throw error;
    throw new InputError(
      `${name}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  } finally {
    io.signal.removeEventListener('abort', onAbort);
    if (path !== '-') stream.destroy();
  }
  const bytes = Buffer.concat(chunks);
  if (bytes.length === 0) throw new InputError(`${name} is empty`);
  return { name, bytes };
}
