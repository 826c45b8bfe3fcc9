import { fstatSync, type Stats, statSync, writeSync } from 'node:fs';
import type { Io } from './io.js';
import { pipeWriter, type WriteAsync } from './pipe-writer.js';

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
  /** Writes past the pipe's first {@link PIPE_SYNC_BYTES}; by default, on libuv's thread pool. */
  writeAsync?: WriteAsync;
  /** What the descriptor is; by default, what fstat says (`other`: a terminal, or unknown). */
  kind?: 'file' | 'pipe' | 'other';
}

// The null device, as `> /dev/null` and benchmark tools (hyperfine) send output: a write never
// blocks there, so it is written as a file is. Any other character device may be a terminal.
const isNullDevice = (info: Stats) => {
  try {
    const nul = statSync('/dev/null');
    return nul.isCharacterDevice() && nul.rdev === info.rdev;
  } catch {
    return false;
  }
};

const kindOf = (fd: number): 'file' | 'pipe' | 'other' => {
  try {
    const info = fstatSync(fd);
    if (info.isFile()) return 'file';
    if (info.isFIFO() || info.isSocket()) return 'pipe';
    return info.isCharacterDevice() && isNullDevice(info) ? 'file' : 'other';
  } catch {
    return 'other';
  }
};

/**
 * Whether stdout and stderr are one pipe (`2>&1 | less`). Their writes must then keep one order,
 * which two writers do not when one has bytes waiting on the thread pool: the bin writes both
 * through stdout's.
 */
export function sharedPipe(): boolean {
  try {
    const [out, err] = [fstatSync(1), fstatSync(2)];
    const pipe = (s: Stats) => s.isFIFO() || s.isSocket();
    return pipe(out) && pipe(err) && out.dev === err.dev && out.ino === err.ino;
  } catch {
    return false;
  }
}

/**
 * Bytes written to a pipe with `writeSync` before writes go to the thread pool: less than any pipe
 * holds (one page, when Linux is short of pipe memory), so that a reader that does not read (yet)
 * never blocks the process, which must still hear Ctrl-C.
 */
export const PIPE_SYNC_BYTES = 4096;

/** The bin's stdout or stderr, and whether a write to it is under way. */
export type ProcessOutput = Output & { busy(): boolean };

/**
 * The bin's stdout or stderr. A file (or the null device), and the first {@link PIPE_SYNC_BYTES}
 * of a pipe or socket, are written with `writeSync`, whole and in order: `process.stdout` on a
 * pipe loads node:net and opens a socket, about 3 ms of a run of 20, and most commands print
 * less. Past that, a pipe is written on the thread pool ({@link pipeWriter}), so that a slow
 * reader never blocks the process past Ctrl-C; on Windows, and on a terminal (or what fstat
 * cannot tell), the stream writes. A pipe that would block (`EAGAIN`, when another process made
 * it non-blocking) hands the rest to the stream too.
 */
export function processOutput(fd: 1 | 2, options: OutputOptions): ProcessOutput {
  const { stream, onClosed, write = writeSync, writeAsync } = options;
  const kind = options.kind ?? kindOf(fd);
  if (kind === 'other') {
    const s = stream();
    return {
      get isTTY() {
        return s.isTTY;
      },
      get columns() {
        return s.columns;
      },
      write: (text) => s.write(text),
      busy: () => false,
    };
  }
  const budget = kind === 'pipe' ? PIPE_SYNC_BYTES : Number.POSITIVE_INFINITY;
  let sent = 0;
  let through: { write(chunk: Uint8Array): unknown; readonly busy?: boolean } | undefined;
  return {
    isTTY: false,
    busy: () => through?.busy ?? false,
    write(text) {
      const bytes = Buffer.from(text);
      if (through) return through.write(bytes);
      sent += bytes.length;
      if (sent > budget) {
        through =
          process.platform === 'win32'
            ? stream()
            : pipeWriter(fd, { onClosed, fallback: stream, write: writeAsync });
        return through.write(bytes);
      }
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
