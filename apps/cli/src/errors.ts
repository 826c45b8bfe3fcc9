/** Bad usage: an unknown command or option, a missing argument. Exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Bad input: a file that cannot be read, a document that does not exist. Exit code 1. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Interrupted by the user (Ctrl-C). Exit code 130. */
export class Interrupted extends Error {
  override name = 'Interrupted';
}

/**
 * The exit code and the one line for stderr for any error: the only place the CLI maps errors to
 * exit codes, by class. Errors of the corpus package (`CorpusError`: CiteError, QueryError,
 * RecordValidationError, IngestInputError, and un-symbols' SymbolParseError) are bad input;
 * anything else is a bug, reported as such, with its stack only under `--debug`.
 */
export function describeError(
  error: unknown,
  debug: boolean,
  CorpusError: { [Symbol.hasInstance](value: unknown): boolean },
): { code: number; message: string } {
  const err = error instanceof Error ? error : new Error(String(error));
  const stack = debug && err.stack ? `\n${err.stack}` : '';
  if (err instanceof UsageError) return { code: 2, message: `error: ${err.message}${stack}` };
  if (err instanceof Interrupted) return { code: 130, message: `interrupted${stack}` };
  if (err instanceof InputError || err instanceof CorpusError)
    return { code: 1, message: `error: ${err.message}${stack}` };
  return {
    code: 1,
    message: `internal error: ${err.message} (run again with --debug for details; this is a bug)${stack}`,
  };
}
