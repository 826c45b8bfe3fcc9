import { InputError } from './errors.js';
import { readText } from './files.js';
import type { Io } from './io.js';
import type { Progress } from './progress.js';

/** One JSON value read from a record file, with where it came from for messages. */
export interface RecordInput {
  /** The file name, with `[n]` (array) or `:n` (JSONL line) when it holds several records. */
  where: string;
  data: unknown;
}

/**
 * The records in files (or stdin `-`): each file holds one record, an array of records (as
 * `export --format json` writes), or one record per line (JSONL, as `export --format jsonl`).
 */
export async function readRecordFiles(
  paths: string[],
  io: Io,
  steps?: Progress,
): Promise<RecordInput[]> {
  const out: RecordInput[] = [];
  for (const [i, path] of paths.entries()) {
    await steps?.step(i, path);
    const { name, text } = await readText(path, io);
    out.push(...parseRecords(name, text));
  }
  return out;
}

function parseRecords(name: string, text: string): RecordInput[] {
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
    return lines.map(({ line, n }) => {
      try {
        return { where: `${name}:${n}`, data: JSON.parse(line) };
      } catch (err) {
        throw new InputError(`${name}:${n} is not JSON: ${(err as Error).message}`);
      }
    });
  }
  if (Array.isArray(data)) {
    if (data.length === 0) throw new InputError(`${name} holds no records (an empty array)`);
    return data.map((d, n) => ({ where: `${name}[${n}]`, data: d }));
  }
  return [{ where: name, data }];
}
