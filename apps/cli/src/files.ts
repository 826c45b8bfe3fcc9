import {
  closeSync,
  constants,
  createReadStream,
  fstat as fstatCb,
  fstatSync,
  open,
  openSync,
  readSync,
  type Stats,
  statSync,
} from 'node:fs';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { builtin } from './builtin.js';
import { InputError, Interrupted } from './errors.js';
import type { Io } from './io.js';

const openFd = promisify(open);
const fstat = promisify(fstatCb);

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

/**
 * A file, after the checks that need no reading (exists, not a directory, size): a regular file
 * read whole, in one read of its size (many small files are read at the pace of the disk, not of
 * a stream's set-up); anything else as a stream.
 */
async function openInput(path: string, io: Io, limit: number): Promise<Readable | Buffer> {
  // One descriptor for the checks and the read: the file cannot change between them. A regular
  // file is opened, checked and read synchronously, as a pool thread's round trip costs more than
  // a small file's read (opened without blocking, in case it became a FIFO since it was looked
  // at); anything else is opened by the pool, which waits for a FIFO's writer off the main thread.
  const full = resolve(io.cwd, path);
  const refused = (e: NodeJS.ErrnoException) =>
    new InputError(
      e.code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${e.code})`,
    );
  let fd: number | undefined;
  let info: Stats | undefined;
  try {
    if (statSync(full).isFile()) {
      fd = openSync(full, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
      info = fstatSync(fd);
      if (!info.isFile()) closeSync(fd);
    }
  } catch (e) {
    throw refused(e as NodeJS.ErrnoException);
  }
  if (fd === undefined || !info?.isFile()) {
    fd = await openFd(full, 'r').catch((e: NodeJS.ErrnoException) => {
      throw refused(e);
    });
    info = await fstat(fd);
  }
  if (info.isDirectory() || info.size > limit) {
    closeSync(fd);
    throw new InputError(
      info.isDirectory()
        ? `${path} is a directory; give a file`
        : `${path} is ${mib(info.size)}; the limit is ${mib(limit)}`,
    );
  }
  // A FIFO or socket (`<(command)`, a named pipe) is read by the event loop, not by a worker
  // thread that a blocked read would hold past Ctrl-C.
  if (info.isFIFO() || info.isSocket()) {
    // Loaded here: node:net costs every other command ~2 ms at start.
    const { Socket } = builtin.net();
    return new Socket({ fd, readable: true, writable: false });
  }
  if (info.isFile()) return readWhole(fd, path, info.size, limit);
  return createReadStream('', { fd });
}

/** A regular file's bytes, to its end (it may have grown since its size was read), up to the limit. */
function readWhole(fd: number, path: string, size: number, limit: number): Buffer {
  try {
    let buffer = Buffer.allocUnsafe(Math.min(size + 1, limit + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > limit) throw new InputError(`${path} is over the ${mib(limit)} limit`);
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit + 1));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, length);
      if (read === 0) break;
      length += read;
    }
    if (length > limit) throw new InputError(`${path} is over the ${mib(limit)} limit`);
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code})`);
  } finally {
    closeSync(fd);
  }
}

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 0)} MiB`;
