import { fstatSync, writeSync } from 'node:fs';
import type { Io } from './io.js';

type Output = Io['stdout'];
type Stream = Output & { write(chunk: string | Uint8Array): unknown };
type Write = (fd: number, bytes: Uint8Array, offset: number) => number;

/** What {@link processOutput} needs besides the descriptor; each has the process's default. */
export interface OutputOptions {
  /** The stream to write through instead: process.stdout or process.stderr, made on first need. */
  stream: () => Stream;
  /** Called when the reader has gone (`black-january list | head -1`), which is not an error. */
  onClosed: () => void;
  write?: Write;
  /** Whether the descriptor is a pipe, socket or file; by default, what fstat says. */
  plain?: boolean;
}

const isPlain = (fd: number) => {
  try {
    const info = fstatSync(fd);
    return info.isFIFO() || info.isFile() || info.isSocket();
  } catch {
    return false;
  }
};

/**
 * The bin's stdout or stderr. A pipe, socket or file is written with `writeSync`, whole and in
 * order: `process.stdout` on a pipe loads node:net and opens a socket, about 3 ms of a run of
 * 20. A terminal (or what fstat cannot tell) is the stream itself. A pipe that would block
 * (`EAGAIN`, when another process made it non-blocking) hands the rest, and everything after,
 * to the stream, which queues it.
 */
export function processOutput(fd: 1 | 2, options: OutputOptions): Output {
  const { stream, onClosed, write = writeSync } = options;
  if (!(options.plain ?? isPlain(fd))) return stream();
  let through: Stream | undefined;
  return {
    isTTY: false,
    write(text) {
      if (through) return through.write(text);
      const bytes = Buffer.from(text);
      let done = 0;
      try {
        while (done < bytes.length) done += write(fd, bytes, done);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') return void onClosed();
        if (code !== 'EAGAIN') throw error;
        through = stream();
        return through.write(bytes.subarray(done));
      }
      return true;
    },
  };
}
