/** An expected problem, returned as data: a stable code, a readable message, and where it is. */
export interface Issue {
  code: string;
  message: string;
  path: ReadonlyArray<string | number>;
}

import { SymbolParseError } from '@black-january/un-symbols';

/**
 * An issue as one line of text, the one way issues and ingest warnings are written out:
 * `line 12: message` for a line of input, `body.3.text: message` for a place in a record,
 * the message alone for the whole.
 */
export function formatIssue(issue: Pick<Issue, 'message' | 'path'>): string {
  const [head, n] = issue.path;
  if (issue.path.length === 2 && head === 'line' && typeof n === 'number')
    return `line ${n}: ${issue.message}`;
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

export { SymbolParseError };

/**
 * Base class of every error this package throws. `SymbolParseError` comes from
 * `@black-january/un-symbols`, which depends on nothing, so it cannot extend this class; it is a
 * `CorpusError` all the same: `error instanceof CorpusError` is true for it.
 */
export class CorpusError extends Error {
  override name = 'CorpusError';

  static override [Symbol.hasInstance](value: unknown): boolean {
    return (
      Function.prototype[Symbol.hasInstance].call(this, value) ||
      (this === CorpusError && value instanceof SymbolParseError)
    );
  }
}

/** Thrown when records given to `createCorpus` (or `assertValidRecord`) are not valid. */
export class RecordValidationError extends CorpusError {
  override name = 'RecordValidationError';
  constructor(readonly issues: readonly Issue[]) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(`invalid record: ${first ? formatIssue(first) : 'unknown problem'}${more}`);
  }
}

/** Thrown when a query function is called with arguments it cannot accept. */
export class QueryError extends CorpusError {
  override name = 'QueryError';
  constructor(
    message: string,
    readonly issues: readonly Issue[] = [],
  ) {
    super(message);
  }
}

/** What went wrong in a citation request, as a stable code. */
export type CiteErrorCode =
  | 'unknown-document'
  | 'unknown-style'
  | 'unsupported-mode'
  | 'unknown-format'
  | 'invalid-pinpoint'
  | 'invalid-style'
  | 'invalid-locale'
  | 'style-name-taken'
  | 'engine-not-loaded';

/** Thrown when a citation is asked for with input it cannot accept: unknown style, document, mode, format or pinpoint, or a CSL style that does not compile. */
export class CiteError extends CorpusError {
  override name = 'CiteError';
  constructor(
    message: string,
    readonly code: CiteErrorCode,
    readonly issues: readonly Issue[] = [{ code, message, path: [] }],
  ) {
    super(message);
  }
}

/** Thrown only for input that is not text (binary data, bytes invalid in their encoding), or options that are not an object. */
export class IngestInputError extends CorpusError {
  override name = 'IngestInputError';
  constructor(
    message: string,
    readonly code: 'not-text' | 'binary' | 'invalid-encoding' | 'invalid-options',
  ) {
    super(message);
  }
}
