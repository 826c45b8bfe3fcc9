import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  constants,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { constants as osConstants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { BIN, fixture } from '../test/helpers.js';
import { PIPE_SYNC_BYTES, processOutput } from './stdio.js';

const errno = (code: string) => Object.assign(new Error(code), { code });
/** A stream that keeps what is written to it, as bytes. */
const keeping = () => {
  const chunks: Buffer[] = [];
  return {
    chunks,
    write: (chunk: string | Uint8Array) => chunks.push(Buffer.from(chunk)),
    text: () => Buffer.concat(chunks).toString(),
  };
};

describe('processOutput', () => {
  it('writes whole and in order, however little each write takes', () => {
    const written: number[] = [];
    const out = processOutput(1, {
      kind: 'file',
      stream: () => keeping(),
      onClosed: () => undefined,
      write: (_fd, bytes, offset) => {
        const n = Math.min(3, bytes.length - offset);
        written.push(...bytes.subarray(offset, offset + n));
        return n;
      },
    });
    out.write('Bakı — 20 January\n');
    out.write('Şəhidlər Xiyabanı\n');
    expect(Buffer.from(written).toString()).toBe('Bakı — 20 January\nŞəhidlər Xiyabanı\n');
    expect(out.isTTY).toBe(false);
  });

  it('hands the rest to the stream when the pipe would block, split characters and all', () => {
    const stream = keeping();
    const written: number[] = [];
    let calls = 0;
    const out = processOutput(1, {
      kind: 'pipe',
      stream: () => stream,
      onClosed: () => undefined,
      write: (_fd, bytes, offset) => {
        if (++calls > 1) throw errno('EAGAIN');
        written.push(...bytes.subarray(offset, offset + 4));
        return 4;
      },
    });
    out.write('Bakı — one\n');
    out.write('two\n');
    expect(calls).toBe(2);
    expect(Buffer.concat([Buffer.from(written), ...stream.chunks]).toString()).toBe(
      'Bakı — one\ntwo\n',
    );
  });

  it('writes a pipe on the thread pool past its first 4 KiB, so that a reader that waits never blocks it', () => {
    const stream = keeping();
    const synced: number[] = [];
    const queued: number[] = [];
    const out = processOutput(1, {
      kind: 'pipe',
      stream: () => stream,
      onClosed: () => undefined,
      write: (_fd, bytes, offset) => {
        synced.push(...bytes.subarray(offset));
        return bytes.length - offset;
      },
      writeAsync: (_fd, bytes, offset, done) => {
        queued.push(...bytes.subarray(offset));
        done(null, bytes.length - offset);
      },
    });
    out.write('a'.repeat(PIPE_SYNC_BYTES - 10));
    out.write('b'.repeat(20));
    out.write('c');
    expect(synced).toHaveLength(PIPE_SYNC_BYTES - 10);
    expect(Buffer.from(queued).toString()).toBe(`${'b'.repeat(20)}c`);
    expect(stream.chunks).toEqual([]);
    expect(out.busy()).toBe(false);
  });

  it('calls onClosed when the reader has gone, and throws any other error', () => {
    const onClosed = vi.fn();
    const fail = (code: string) =>
      processOutput(1, {
        kind: 'file',
        stream: () => keeping(),
        onClosed,
        write: () => {
          throw errno(code);
        },
      });
    fail('EPIPE').write('x');
    expect(onClosed).toHaveBeenCalledTimes(1);
    expect(() => fail('EBADF').write('x')).toThrow('EBADF');
  });

  it('writes through the stream on a terminal, with its width', () => {
    const stream = { ...keeping(), isTTY: true, columns: 100 };
    const out = processOutput(1, {
      kind: 'other',
      stream: () => stream,
      onClosed: () => undefined,
    });
    out.write('Bakı\n');
    expect(stream.text()).toBe('Bakı\n');
    expect([out.isTTY, out.columns, out.busy()]).toEqual([true, 100, false]);
    stream.columns = 120;
    expect(out.columns).toBe(120);
  });
});

describe('the bin', () => {
  const work = mkdtempSync(join(tmpdir(), 'bj-stdio-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('writes to a file it is redirected to, and to a pipe, the same bytes', () => {
    const file = join(work, 'out.json');
    const fd = openSync(file, 'w');
    const toFile = spawnSync(process.execPath, [BIN, 'export', '--format', 'json'], {
      stdio: ['ignore', fd, 'pipe'],
    });
    closeSync(fd);
    expect(toFile.status).toBe(0);
    const piped = spawnSync(process.execPath, [BIN, 'export', '--format', 'json'], {
      encoding: 'utf8',
    });
    expect(piped.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(piped.stdout);
    expect(JSON.parse(piped.stdout)).toHaveLength(5);
  });

  it('loads no stream module to write to /dev/null or to a pipe, as benchmarks and scripts send output', () => {
    const hook = join(work, 'streams.cjs');
    writeFileSync(
      hook,
      "process.on('exit', () => require('node:fs').writeSync(2, 'streams: ' + process.moduleLoadList.filter((m) => /^NativeModule (stream|internal\\/fs\\/sync_write_stream)$/.test(m)).join(',')));",
    );
    const run = (stdout: number | 'pipe') =>
      spawnSync(process.execPath, ['--require', hook, BIN, 'show', '2020-01-17-letter'], {
        stdio: ['ignore', stdout, 'pipe'],
        encoding: 'utf8',
      });
    const nul = openSync('/dev/null', 'w');
    try {
      const r = run(nul);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toBe('streams: ');
    } finally {
      closeSync(nul);
    }
    // Nor to a pipe, past its first 4 KiB: the letter is 6 kB.
    const piped = run('pipe');
    expect(piped.stdout.length).toBeGreaterThan(PIPE_SYNC_BYTES);
    expect(piped.stderr).toBe('streams: ');
  });

  it('writes stderr through stdout when both are one pipe (2>&1), so that they keep one order', () => {
    // Ten results (about 100 kB) outgrow the pipe while its reader sleeps: the rest of stdout
    // waits on the thread pool when the note "wrote 10 records" comes. Written to fd 2 by a
    // writer of its own, the note could pass it; the hook records which descriptors were written.
    const hook = join(work, 'fds.cjs');
    writeFileSync(
      hook,
      `const fs = require('node:fs'); const fds = new Set();
      for (const name of ['write', 'writeSync']) { const f = fs[name]; fs[name] = (fd, ...rest) => (fds.add(fd), f(fd, ...rest)); }
      process.on('exit', () => fs.appendFileSync(process.env.FDS_REPORT, [...fds].sort().join(',') + '\\n'));`,
    );
    const report = join(work, 'fds.txt');
    const out = join(work, 'records');
    const letters = Array(10)
      .fill(`"${fixture('ga-sc-double-pdf.txt')}"`)
      .join(' ');
    const bin = `"${process.execPath}" --require "${hook}" "${BIN}"`;
    const run = (redirect: string) =>
      spawnSync(
        'bash',
        [
          '-c',
          `${bin} ingest ${letters} --out "${out}" --force --json ${redirect} | (sleep 0.3; cat)`,
        ],
        { encoding: 'utf8', env: { ...process.env, FDS_REPORT: report } },
      );
    const shared = run('2>&1');
    expect(shared.status, shared.stderr).toBe(0);
    const note = `wrote 10 records to ${out}\n`;
    expect(shared.stdout.length).toBeGreaterThan(65536);
    expect(shared.stdout.endsWith(note)).toBe(true);
    expect(JSON.parse(shared.stdout.slice(0, -note.length))).toHaveLength(10);
    const apart = run('');
    expect(apart.stderr).toBe(note);
    expect(readFileSync(report, 'utf8')).toBe('1\n1,2\n');
  });

  it('hears one Ctrl-C on a pipe whose reader does not read, with more than a pipe holds', async () => {
    // A FIFO opened for reading and never read: a pipe Node's own child pipes are not (they are
    // socket pairs, which their parent drains), so that the export (87 kB) outgrows it.
    const fifo = join(work, 'unread.fifo');
    spawnSync('mkfifo', [fifo]);
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const writer = openSync(fifo, 'w');
    const child = spawn(process.execPath, [BIN, 'export', '--format', 'json'], {
      stdio: ['ignore', writer, 'ignore'],
    });
    const code = await new Promise<number | null>((resolve) => {
      const interrupt = setTimeout(() => child.kill('SIGINT'), 1500);
      const stuck = setTimeout(() => {
        child.kill('SIGKILL');
        resolve(-1);
      }, 6000);
      // The status a shell reports: the write still holds a thread, so the process ends by the
      // signal itself (128 + 2) rather than by exit(130).
      child.on('close', (c, signal) => {
        clearTimeout(interrupt);
        clearTimeout(stuck);
        resolve(c ?? 128 + (signal ? osConstants.signals[signal] : 0));
      });
    });
    closeSync(writer);
    closeSync(reader);
    expect(code).toBe(130);
  });

  it('exits 0 when the reader closes the pipe early', () => {
    const r = spawnSync(
      'bash',
      ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" export --format json | head -c 10`],
      { encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('[\n  {\n    ');
    expect(r.stderr).toBe('');
  });
});
