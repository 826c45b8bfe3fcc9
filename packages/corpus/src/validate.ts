import type { z } from 'zod';
import { CorpusError, type Issue, RecordValidationError } from './errors.js';
import { checkRecord } from './internal/consistency.js';
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

/** Validate a list of records with unique ids, or throw a {@link RecordValidationError}. */
export function assertValidRecords(inputs: readonly unknown[]): DocumentRecord[] {
  if (!Array.isArray(inputs)) throw new CorpusError('records must be an array');
  const issues: Issue[] = [];
  const records: DocumentRecord[] = [];
  const seen = new Set<string>();
  inputs.forEach((input, i) => {
    const id = (input as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && seen.has(id)) {
      issues.push({
        code: 'duplicate-id',
        message: `duplicate record id "${id}"`,
        path: [i, 'id'],
      });
    }
    if (typeof id === 'string') seen.add(id);
    const result = validateRecord(input);
    if (result.ok) records.push(result.record);
    else issues.push(...result.issues.map((issue) => ({ ...issue, path: [i, ...issue.path] })));
  });
  if (issues.length > 0) throw new RecordValidationError(issues);
  return records;
}
