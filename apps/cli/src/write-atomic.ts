// `fs.promises` rather than node:fs/promises: loaded on first use, not by every command at start.
import { promises as fs, unlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError, Interrupted } from './errors.js';
import type { Io } from './io.js';

/** Temporary files being written: removed by {@link removeTempFiles} when a signal ends the process. */
const temps = new Set<string>();

/** Removes every temporary file still being written (synchronous: safe in a signal handler). */
export function removeTempFiles(): void {
  for (const tmp of temps) {
    try {
      unlinkSync(tmp);
    } catch {
      // Already renamed or removed.
    }
  }
  temps.clear();
}

const WRITE_ERRORS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EFBIG: 'file too large',
  EIO: 'input/output error',
};

/** A file-system failure as the one line a user can act on; other errors as they are. */
function explain(error: unknown, path: string): unknown {
  const code = (error as NodeJS.ErrnoException)?.code;
  return code && code in WRITE_ERRORS
    ? new InputError(`cannot write ${path}: ${WRITE_ERRORS[code]} (${code})`)
    : error;
}

/** The permission bits of an existing file, to keep them; undefined when there is none. */
async function targetMode(full: string, path: string, force: boolean): Promise<number | undefined> {
  const info = await fs.stat(full).catch(() => undefined);
  if (!info) return undefined;
  if (info.isDirectory()) throw new InputError(`${path} is a directory; give a file name`);
  if (!force) throw new InputError(`${path} exists; use --force to replace it`);
  return info.mode & 0o7777;
}

/**
 * Writes a file atomically: the content goes to a temporary file in the same directory, is
 * flushed to disk, then renamed (with `force`) or hard-linked (without: it fails if the target
 * exists) into place, so a reader never sees half a file; then the directory is flushed, unless
 * `syncDirectory` is false (a caller writing many files flushes it once, with
 * {@link syncDirectory}). A replaced file keeps its permissions. On any error, or Ctrl-C, the
 * temporary file is removed; full disks, read-only file systems and denied permissions are
 * one-line {@link InputError}s.
 */
export async function writeAtomic(
  path: string,
  content: string | Uint8Array,
  io: Pick<Io, 'cwd' | 'signal'>,
  force: boolean,
  { syncDirectory: flushDirectory = true }: { syncDirectory?: boolean } = {},
): Promise<void> {
  const full = resolve(io.cwd, path);
  const dir = dirname(full);
  const info = await fs.stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new InputError(`${dirname(path)}: no such directory`);
  const mode = await targetMode(full, path, force);
  const unique = `${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  const tmp = join(dir, `.${basename(full)}.${unique}.tmp`);
  temps.add(tmp);
  try {
    const file = await fs.open(tmp, 'wx', mode ?? 0o666);
    try {
      await file.writeFile(content, { signal: io.signal });
      // The umask applies to open's mode: set the replaced file's bits exactly.
      if (mode !== undefined) await file.chmod(mode);
      await file.sync();
    } finally {
      await file.close();
    }
    if (io.signal.aborted) throw new Interrupted();
    if (force) await fs.rename(tmp, full);
    else {
      await fs.link(tmp, full).catch((e: NodeJS.ErrnoException) => {
        throw e.code === 'EEXIST' ? new InputError(`${path} exists; use --force to replace it`) : e;
      });
      await fs.unlink(tmp);
    }
    temps.delete(tmp);
    if (flushDirectory) await syncDirectory(dir);
  } catch (error) {
    await fs.unlink(tmp).catch(() => undefined);
    temps.delete(tmp);
    if ((error as Error)?.name === 'AbortError') throw new Interrupted();
    throw explain(error, path);
  }
}

/** Flushes a directory's entries (files renamed into it); not every platform allows it, so best effort. */
export async function syncDirectory(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r').catch(() => undefined);
  await handle?.sync().catch(() => undefined);
  await handle?.close();
}
