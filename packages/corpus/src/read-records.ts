import type { Issue } from './errors.js';

/** One JSON value read as a record, with where it stands in its text, for messages. */
export interface RecordInput {
  /** The name given, with `[n]` (array item) or `:n` (JSONL line) when the text holds several. */
  where: string;
  data: unknown;
}

/**
 * The records in a text as `export` writes them: one JSON record, a JSON array of records, or one
 * record per line (JSONL; lines numbered as in the text, blank ones counted). Nothing is validated
 * here: pass `inputs` to `validateRecords`. What cannot be read is a `not-json` or `empty` problem
 * at `["line", n]` or `[]`; the rest of a JSONL text is still read.
 */
export function readRecordsText(
  text: string,
  name = 'input',
): { inputs: RecordInput[]; problems: Issue[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const lines = text
      .split(/\r?\n/)
      .map((line, n) => ({ line, n: n + 1 }))
      .filter(({ line }) => line.trim() !== '');
    if (lines.length < 2) return { inputs: [], problems: [notJson(`${name} is not JSON`, e, [])] };
    const inputs: RecordInput[] = [];
    const problems: Issue[] = [];
    for (const { line, n } of lines) {
      try {
        inputs.push({ where: `${name}:${n}`, data: JSON.parse(line) });
      } catch (err) {
        problems.push(notJson(`${name}:${n} is not JSON`, err, ['line', n]));
      }
    }
    return { inputs, problems };
  }
  if (!Array.isArray(data)) return { inputs: [{ where: name, data }], problems: [] };
  if (data.length === 0)
    return {
      inputs: [],
      problems: [{ code: 'empty', message: `${name} holds no records (an empty array)`, path: [] }],
    };
  return { inputs: data.map((d, n) => ({ where: `${name}[${n}]`, data: d })), problems: [] };
}

const notJson = (what: string, error: unknown, path: Issue['path']): Issue => ({
  code: 'not-json',
  message: `${what}: ${error instanceof Error ? error.message : String(error)}`,
  path,
});
