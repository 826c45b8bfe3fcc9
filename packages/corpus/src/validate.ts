import type { z } from 'zod';
import { CorpusError, type Issue, RecordValidationError } from './errors.js';
import { checkRecord } from './internal/validate/consistency.js';
import { type DocumentRecord, DocumentRecordSchema } from './schema.js';

/** The outcome of validating one record: the typed record, or the issues found. */
export type ValidationResult =
  | { ok: true; record: DocumentRecord }
  | { ok: false; issues: Issue[] };

function fromZod(error: z.ZodError): Issue[] {
  return error.issues.map((i) => ({
    code: `schema-${i.code}`,
    message: i.message,
    path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
  }));
}

/**
 * Validate anything claiming to be a record: first its shape against the schema, then the
 * cross-field rules (dates, sessions, agenda items, numbering, quotes, provenance). Never throws.
 */
export function validateRecord(input: unknown): ValidationResult {
  const parsed = DocumentRecordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: fromZod(parsed.error) };
  const issues = checkRecord(parsed.data);
  return issues.length === 0 ? { ok: true, record: parsed.data } : { ok: false, issues };
}

/** Validates records one at a time as members of one set: see {@link recordSetValidator}. */
export interface RecordSetValidator {
  /** The next record's result: its own problems, and `duplicate-id` if an earlier one has its id. */
  check(input: unknown): ValidationResult;
}

/**
 * A validator of a set of records read one at a time (a stream, a large JSONL file): each on
 * its own, and a record whose id an earlier one has is a `duplicate-id` problem at `["id"]`,
 * naming the earlier one by its index or by `name(index)` (a file name, a line).
 */
export function recordSetValidator(
  options: { name?: (index: number) => string } = {},
): RecordSetValidator {
  const name = options.name ?? ((i: number) => `record ${i}`);
  const seen = new Map<string, number>();
  let index = 0;
  return {
    check(input) {
      const result = validateRecord(input);
      const id = (input as { id?: unknown } | null)?.id;
      const earlier = typeof id === 'string' ? seen.get(id) : undefined;
      if (typeof id === 'string' && earlier === undefined) seen.set(id, index);
      index++;
      if (earlier === undefined) return result;
      const duplicate: Issue = {
        code: 'duplicate-id',
        message: `repeats the id "${String(id)}" of ${name(earlier)}`,
        path: ['id'],
      };
      return { ok: false, issues: [duplicate, ...(result.ok ? [] : result.issues)] };
    },
  };
}

/**
 * Validate a set of records, each on its own and as a set (ids unique), as
 * {@link recordSetValidator} does: one result per input, in order. Never throws.
 */
export function validateRecords(
  inputs: Iterable<unknown>,
  options: { name?: (index: number) => string } = {},
): ValidationResult[] {
  const validator = recordSetValidator(options);
  return Array.from(inputs, (input) => validator.check(input));
}

/** Validate a list of records with unique ids, or throw a {@link RecordValidationError}. */
export function assertValidRecords(inputs: readonly unknown[]): DocumentRecord[] {
  if (!Array.isArray(inputs)) throw new CorpusError('records must be an array');
  const results = validateRecords(inputs);
  const issues = results.flatMap((r, i) =>
    r.ok ? [] : r.issues.map((issue) => ({ ...issue, path: [i, ...issue.path] })),
  );
  if (issues.length > 0) throw new RecordValidationError(issues);
  return results.map((r) => (r as { record: DocumentRecord }).record);
}
