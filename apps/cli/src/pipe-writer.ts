import { write as fsWrite } from 'node:fs';

/** Writes `bytes` from `offset` to `fd`, then calls `done` with what it wrote or the error. */
export type WriteAsync = (
  fd: number,
  bytes: Uint8Array,
  offset: number,
  done: (error: NodeJS.ErrnoException | null, written: number) => void,
) => void;

const writeOnPool: WriteAsync = (fd, bytes, offset, done) =>
  fsWrite(fd, bytes, offset, bytes.length - offset, null, done);

/** What the writer hands its bytes to once it cannot write them itself. */
export interface Sink {
  write(chunk: Uint8Array): unknown;
}

/** A pipe written on libuv's thread pool: see {@link pipeWriter}. */
export interface PipeWriter extends Sink {
  /** Whether a write is under way, which may be holding a thread until the reader reads. */
  readonly busy: boolean;
}

/**
 * Writes to a pipe on libuv's thread pool, one write at a time and in order, what was queued
 * meanwhile joined into the next. A reader that does not read holds a thread of the pool, never
 * the process, which still hears Ctrl-C; and no `process.stdout`, which on a pipe loads node:net
 * and opens a socket (about 5 ms a run). The reader gone (`EPIPE`) calls `onClosed`; any other
 * error (`EAGAIN`: a pipe another process made non-blocking) hands what is left, and what comes
 * after, to the `fallback` stream, which waits for the pipe where the pool cannot.
 */
export function pipeWriter(
  fd: number,
  options: { onClosed: () => void; fallback: () => Sink; write?: WriteAsync },
): PipeWriter {
  const { onClosed, fallback, write = writeOnPool } = options;
  let queue: Uint8Array[] = [];
  let busy = false;
  let handed: Sink | undefined;
  const next = () => {
    busy = queue.length > 0;
    if (!busy) return;
    const bytes = queue.length === 1 ? (queue[0] as Uint8Array) : Buffer.concat(queue);
    queue = [];
    send(bytes, 0);
  };
  const send = (bytes: Uint8Array, offset: number) =>
    write(fd, bytes, offset, (error, written) => {
      if (!error && offset + written < bytes.length) return send(bytes, offset + written);
      if (!error) return next();
      busy = false;
      if (error.code === 'EPIPE') return onClosed();
      handed = fallback();
      handed.write(bytes.subarray(offset));
      for (const rest of queue.splice(0)) handed.write(rest);
    });
  return {
    write(bytes) {
      if (handed) return handed.write(bytes);
      queue.push(bytes);
      if (!busy) next();
      return true;
    },
    get busy() {
      return busy;
    },
  };
}
