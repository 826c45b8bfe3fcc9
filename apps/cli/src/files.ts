import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { link, open, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { InputError, Interrupted } from './errors.js';
import type { Io } from './io.js';

/** Inputs larger than this are refused: 64 MiB (a UN document is well under 1 MiB). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/**
 * The text of a file, or of stdin for `-`: streamed with a size limit (never more than the limit
 * is held), and refused with a clear message when it is a directory, unreadable, empty, binary
 * (a NUL byte) or not valid UTF-8.
 */
export async function readText(
  path: string,
  io: Io,
  limit = MAX_INPUT_BYTES,
): Promise<{ name: string; text: string }> {
  const name = path === '-' ? 'stdin' : path;
  let stream: Readable;
  if (path === '-') stream = io.stdin;
  else {
    const full = resolve(io.cwd, path);
    const info = await stat(full).catch((e: NodeJS.ErrnoException) => {
      throw new InputError(
        e.code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${e.code})`,
      );
    });
    if (info.isDirectory()) throw new InputError(`${path} is a directory; give a file`);
    if (info.size > limit)
      throw new InputError(`${path} is ${mib(info.size)}; the limit is ${mib(limit)}`);
    await open(full, 'r').then(
      (h) => h.close(),
      (e: NodeJS.ErrnoException) => {
        throw new InputError(`${path}: cannot read (${e.code})`);
      },
    );
    stream = createReadStream(full);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    if (io.signal.aborted) throw new Interrupted();
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    size += buf.length;
    if (size > limit) {
      stream.destroy();
      throw new InputError(`${name} is over the ${mib(limit)} limit`);
    }
    chunks.push(buf);
  }
  const bytes = Buffer.concat(chunks);
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '')
    throw new InputError(`${name} is empty`);
  if (bytes.includes(0)) throw new InputError(`${name} is a binary file, not text`);
  try {
    return { name, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    throw new InputError(`${name} is not valid UTF-8; convert it first (e.g. iconv -t UTF-8)`);
  }
}

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 0)} MiB`;

/**
 * Writes a file atomically (a temporary file in the same directory, then a rename), so a reader
 * never sees half a file; refuses to replace an existing file unless `force`.
 */
export async function writeAtomic(
  path: string,
  content: string,
  io: Io,
  force: boolean,
): Promise<void> {
  const full = resolve(io.cwd, path);
  const dir = dirname(full);
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new InputError(`${dirname(path)}: no such directory`);
  const tmp = join(dir, `.${basename(full)}.${randomBytes(6).toString('hex')}.tmp`);
  await writeFile(tmp, content, { flag: 'wx' });
  try {
    if (io.signal.aborted) throw new Interrupted();
    if (force) await rename(tmp, full);
    else {
      // link fails if the target exists: no window in which an existing file could be replaced.
      await link(tmp, full).catch((e: NodeJS.ErrnoException) => {
        throw e.code === 'EEXIST' ? new InputError(`${path} exists; use --force to replace it`) : e;
      });
      await unlink(tmp);
    }
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
}
