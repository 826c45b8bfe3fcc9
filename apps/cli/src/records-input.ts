import type { DocumentRecord } from '@black-january/corpus/records';
import { InputError, UsageError } from './errors.js';
import { readText } from './files.js';
import type { Io } from './io.js';
import { type Progress, progress } from './progress.js';

/** One JSON value read from a record file, with where it came from for messages. */
export interface RecordInput {
  /** The file name, with `[n]` (array) or `:n` (JSONL line) when it holds several records. */
  where: string;
  data: unknown;
}

/**
 * The records in files (or stdin `-`): each file holds one record, an array of records (as
 * `export --format json` writes), or one record per line (JSONL, as `export --format jsonl`).
 * A file or line that cannot be read is the error; with `keepGoing`, it is reported to it (one
 * line) and the rest is read.
 */
export async function readRecordFiles(
  paths: string[],
  io: Io,
  steps?: Progress,
  keepGoing?: (where: string, problem: string) => void,
): Promise<RecordInput[]> {
  const out: RecordInput[] = [];
  for (const [i, path] of paths.entries()) {
    await steps?.step(i, path);
    try {
      const { name, text } = await readText(path, io);
      out.push(...parseRecords(name, text, keepGoing));
    } catch (error) {
      if (!keepGoing || !(error instanceof InputError)) throw error;
      keepGoing(path === '-' ? 'stdin' : path, error.message);
    }
  }
  return out;
}

function parseRecords(
  name: string,
  text: string,
  keepGoing?: (where: string, problem: string) => void,
): RecordInput[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    // Numbered as in the file, blank lines counted, so that a message points at the right line.
    const lines = text
      .split(/\r?\n/)
      .map((line, n) => ({ line, n: n + 1 }))
      .filter(({ line }) => line.trim() !== '');
    if (lines.length < 2) throw new InputError(`${name} is not JSON: ${(e as Error).message}`);
    return lines.flatMap(({ line, n }) => {
      try {
        return [{ where: `${name}:${n}`, data: JSON.parse(line) }];
      } catch (err) {
        const problem = `${name}:${n} is not JSON: ${(err as Error).message}`;
        if (!keepGoing) throw new InputError(problem);
        keepGoing(`${name}:${n}`, problem);
        return [];
      }
    });
  }
  if (Array.isArray(data)) {
    if (data.length === 0) throw new InputError(`${name} holds no records (an empty array)`);
    return data.map((d, n) => ({ where: `${name}[${n}]`, data: d }));
  }
  return [{ where: name, data }];
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
  const steps = progress(io, 'reading', paths.length);
  const inputs = await readRecordFiles(paths, io, steps, keepGoing).finally(() => steps.end());
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
