import type { Issue } from '../../errors.js';

/**
 * A doubt ingest has about its reading: an {@link Issue} whose `path` is `["line", n]` for a
 * line of the input (counted from 1), a path into the record for a value read (`["date"]`), or
 * `[]` for the document as a whole.
 */
export type Warning = Issue;

/** The path of a line of the input, or of the whole document when no line is known. */
export const atLine = (n: number | null | undefined): Array<string | number> =>
  n === null || n === undefined ? [] : ['line', n];
