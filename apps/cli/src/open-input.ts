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
import { InputError } from './errors.js';
import type { Io } from './io.js';

const openFd = promisify(open);
const fstat = promisify(fstatCb);

/**
 * A file, after the checks that need no reading (exists, not a directory, size): a regular file
 * read whole, in one read of its size (many small files are read at the pace of the disk, not of
 * a stream's set-up); anything else as a stream.
 */
export async function openInput(path: string, io: Io, limit: number): Promise<Readable | Buffer> {
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

/** A size in MiB, as the limit's messages print it. */
export const mib = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 0)} MiB`;
