import { promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DocumentRecord, RecordInput } from '@black-january/corpus/records';
import { InputError, UsageError } from './errors.js';
import { corpusRecords, readText } from './files.js';
import type { Io } from './io.js';
import { progress } from './progress.js';

/** Each directory given as the .json and .jsonl files in it (sorted, not recursive): `records/`. */
async function expandDirectories(paths: string[], io: Io): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    const isDirectory =
      path !== '-' && (await fs.stat(resolve(io.cwd, path)).catch(() => undefined))?.isDirectory();
    if (!isDirectory) {
      out.push(path);
      continue;
    }
    const names = (await fs.readdir(resolve(io.cwd, path))).filter((n) => /\.jsonl?$/i.test(n));
    if (names.length === 0) throw new InputError(`${path} holds no .json or .jsonl files`);
    out.push(...names.sort().map((n) => join(path, n)));
  }
  return out;
}

/**
 * The records in files, directories of them (`records/`: its .json and .jsonl files) or stdin
 * (`-`): each file holds one record, an array of records (as
 * `export --format json` writes), or one record per line (JSONL, as `export --format jsonl`).
 * A file or line that cannot be read is the error; with `keepGoing`, it is reported to it (one
 * line) and the rest is read.
 */
export async function readRecordFiles(
  paths: string[],
  io: Io,
  keepGoing?: (where: string, problem: string) => void,
): Promise<RecordInput[]> {
  const out: RecordInput[] = [];
  const files = await expandDirectories(paths, io);
  const steps = progress(io, 'reading', files.length);
  try {
    for (const [i, path] of files.entries()) {
      await steps.step(i, path);
      try {
        const { name, text } = await readText(path, io);
        const { readRecordsText } = await corpusRecords();
        const { inputs, problems } = readRecordsText(text, name);
        // A text that is not records at all is the file's problem; a bad JSONL line is its own.
        const whole =
          problems.find((p) => p.path.length === 0) ?? (keepGoing ? undefined : problems[0]);
        if (whole) throw new InputError(whole.message);
        for (const problem of problems) keepGoing?.(`${name}:${problem.path[1]}`, problem.message);
        out.push(...inputs);
      } catch (error) {
        if (!keepGoing || !(error instanceof InputError)) throw error;
        keepGoing(path === '-' ? 'stdin' : path, error.message);
      }
    }
  } finally {
    steps.end();
  }
  return out;
}

/**
 * The records in files (or stdin `-`), validated as a set: the first problem of the first
 * invalid record, unreadable file or repeated id is the error; with `keepGoing`, each is reported
 * to it (one line) and left out, and the others are returned.
 */
export async function readValidRecords(
  paths: string[],
  io: Io,
  keepGoing?: (where: string, problem: string) => void,
): Promise<DocumentRecord[]> {
  if (paths.filter((a) => a === '-').length > 1) throw new UsageError('stdin (-) can be read once');
  const { formatIssue, validateRecords } = await import('@black-january/corpus');
  const inputs = await readRecordFiles(paths, io, keepGoing);
  const results = validateRecords(
    inputs.map((i) => i.data),
    { name: (i) => inputs[i]?.where ?? `record ${i}` },
  );
  const records: DocumentRecord[] = [];
  for (const [i, result] of results.entries()) {
    if (result.ok) {
      records.push(result.record);
      continue;
    }
    const where = inputs[i]?.where ?? `record ${i}`;
    const [first] = result.issues;
    const problem =
      first?.code === 'duplicate-id'
        ? `${where} ${first.message}`
        : `${where} is not a valid record: ${formatIssue(first ?? { message: 'invalid', path: [] })} (black-january validate lists every problem)`;
    if (!keepGoing) throw new InputError(problem);
    keepGoing(where, problem);
  }
  return records;
}
