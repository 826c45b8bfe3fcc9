/** An expected problem, returned as data: a stable code, a readable message, and where it is. */
export interface Issue {
  code: string;
  message: string;
  path: ReadonlyArray<string | number>;
}

/** Base class of every error this package throws. */
export class CorpusError extends Error {
  override name = 'CorpusError';
}

/** Thrown when records given to `createCorpus` (or `assertValidRecord`) are not valid. */
export class RecordValidationError extends CorpusError {
  override name = 'RecordValidationError';
  constructor(readonly issues: readonly Issue[]) {
    const first = issues[0];
    const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(`invalid record${where}: ${first?.message ?? 'unknown problem'}${more}`);
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
  | 'style-name-taken';

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
