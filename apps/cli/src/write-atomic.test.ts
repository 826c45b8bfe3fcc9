import {
  chmodSync,
  promises as fsp,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { InputError, Interrupted } from './errors.js';
import type { Io } from './io.js';
import { removeTempFiles, writeAtomic } from './write-atomic.js';

// write-atomic reads `fs.promises` (loaded on first use), so that is what is mocked.
vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  const promises = {
    ...real.promises,
    open: vi.fn(real.promises.open),
    rename: vi.fn(real.promises.rename),
  };
  return { ...real, promises, default: { ...real, promises } };
});
const real = (await vi.importActual<typeof import('node:fs')>('node:fs')).promises;
const realOpen = real.open;

const root = mkdtempSync(join(tmpdir(), 'bj-write-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.mocked(fsp.open).mockImplementation(realOpen));

let n = 0;
function setup(signal = new AbortController().signal) {
  const cwd = join(root, String(n++));
  mkdirSync(cwd);
  const io: Io = {
    stdout: new PassThrough(),
    stderr: new PassThrough(),
    stdin: new PassThrough(),
    env: {},
    cwd,
    signal,
  };
  return { cwd, io, files: () => readdirSync(cwd) };
}
const errno = (code: string) => Object.assign(new Error(`${code}: failed`), { code });

/** The next temporary file opened gets a handle whose writeFile does `write`. */
function onWrite(write: (file: FsPromises.FileHandle, data: string) => Promise<void>) {
  vi.mocked(fsp.open).mockImplementationOnce(async (...args: Parameters<typeof fsp.open>) => {
    const file = await realOpen(...args);
    return Object.assign(file, { writeFile: (data: string) => write(file, data) });
  });
}

describe('writeAtomic', () => {
  it('writes the whole file, flushed before it is renamed into place', async () => {
    const { io, files, cwd } = setup();
    const order: string[] = [];
    onWrite(async (file, data) => {
      await file.write(data);
      const sync = file.sync.bind(file);
      file.sync = async () => {
        order.push('sync');
        return sync();
      };
    });
    vi.mocked(fsp.rename).mockImplementationOnce(async (from, to) => {
      order.push('rename');
      return real.rename(from, to);
    });
    writeFileSync(join(cwd, 'out.bib'), 'old');
    await writeAtomic('out.bib', 'new content', io, true);
    expect(readFileSync(join(cwd, 'out.bib'), 'utf8')).toBe('new content');
    expect(order).toEqual(['sync', 'rename']);
    expect(files()).toEqual(['out.bib']);
  });

  it('flushes the directory after the file, unless the caller flushes it once for many', async () => {
    const { io, cwd } = setup();
    const opened = () => vi.mocked(fsp.open).mock.calls.map(([path]) => String(path));
    vi.mocked(fsp.open).mockClear();
    await writeAtomic('one.json', '1', io, false);
    expect(opened().filter((p) => p === cwd)).toHaveLength(1);
    vi.mocked(fsp.open).mockClear();
    await writeAtomic('two.json', '2', io, false, { syncDirectory: false });
    expect(opened().filter((p) => p === cwd)).toEqual([]);
    expect(opened()).toHaveLength(1);
    expect(readFileSync(join(cwd, 'two.json'), 'utf8')).toBe('2');
  });

  it('keeps the permissions of a file it replaces under --force', async () => {
    const { io, cwd } = setup();
    writeFileSync(join(cwd, 'private.json'), '{}');
    chmodSync(join(cwd, 'private.json'), 0o600);
    await writeAtomic('private.json', '[]', io, true);
    expect(statSync(join(cwd, 'private.json')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(cwd, 'private.json'), 'utf8')).toBe('[]');
  });

  it('refuses a directory as the target, and an existing file without --force', async () => {
    const { io, cwd, files } = setup();
    mkdirSync(join(cwd, 'records'));
    await expect(writeAtomic('records', 'x', io, true)).rejects.toThrow(
      new InputError('records is a directory; give a file name'),
    );
    writeFileSync(join(cwd, 'a.json'), 'kept');
    await expect(writeAtomic('a.json', 'x', io, false)).rejects.toThrow(/exists; use --force/);
    expect(files().sort()).toEqual(['a.json', 'records']);
    expect(readFileSync(join(cwd, 'a.json'), 'utf8')).toBe('kept');
  });

  it.each([
    ['ENOSPC', 'no space left on the device'],
    ['EDQUOT', 'disk quota exceeded'],
    ['EIO', 'input/output error'],
  ])(
    'a %s half-way through the write is one line, and leaves no temporary file',
    async (code, words) => {
      const { io, files } = setup();
      onWrite(async (file, data) => {
        await file.write(data.slice(0, data.length / 2));
        throw errno(code);
      });
      const error = await writeAtomic('out.csv', 'x'.repeat(100_000), io, false).catch((e) => e);
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toBe(`cannot write out.csv: ${words} (${code})`);
      expect(files()).toEqual([]);
    },
  );

  it.each([
    ['EROFS', 'read-only file system'],
    ['EACCES', 'permission denied'],
  ])('%s when creating the file is one line', async (code, words) => {
    const { io, files } = setup();
    vi.mocked(fsp.open).mockRejectedValueOnce(errno(code));
    await expect(writeAtomic('out.ris', 'x', io, false)).rejects.toThrow(
      new InputError(`cannot write out.ris: ${words} (${code})`),
    );
    expect(files()).toEqual([]);
  });

  it('EACCES on the rename is one line and removes the temporary file', async () => {
    const { io, cwd, files } = setup();
    writeFileSync(join(cwd, 'out.json'), 'old');
    vi.mocked(fsp.rename).mockRejectedValueOnce(errno('EACCES'));
    await expect(writeAtomic('out.json', 'new', io, true)).rejects.toThrow(
      'cannot write out.json: permission denied (EACCES)',
    );
    expect(files()).toEqual(['out.json']);
    expect(readFileSync(join(cwd, 'out.json'), 'utf8')).toBe('old');
  });

  it('Ctrl-C during the write: Interrupted, and no file', async () => {
    const controller = new AbortController();
    const { io, files } = setup(controller.signal);
    onWrite(async (file, data) => {
      await file.write(data.slice(0, 10));
      controller.abort('SIGINT');
      throw Object.assign(new Error('aborted'), { name: 'AbortError' });
    });
    await expect(writeAtomic('out.bib', 'x'.repeat(1000), io, true)).rejects.toBeInstanceOf(
      Interrupted,
    );
    expect(files()).toEqual([]);
  });

  it('removeTempFiles (what SIGTERM and SIGHUP call) removes a file still being written', async () => {
    const { io, files } = setup();
    let release = () => {};
    const wrote = new Promise<void>((res) => {
      onWrite(async (file, data) => {
        await file.write(data.slice(0, 100));
        res();
        await new Promise<void>((r) => {
          release = r;
        });
      });
    });
    const writing = writeAtomic('big.json', 'x'.repeat(10_000), io, false).catch((e) => e);
    await wrote;
    expect(files()).toHaveLength(1);
    removeTempFiles();
    expect(files()).toEqual([]);
    release();
    await writing;
    expect(files()).toEqual([]);
  });
});
