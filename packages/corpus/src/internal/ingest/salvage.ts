import type { Issue } from '../../errors.js';
import { formatIssue } from '../../errors.js';
import type { DocumentRecord } from '../../schema.js';
import { notFound } from '../records/provenance.js';
import type { Warning } from './warnings.js';

/** Fields a reader may get wrong without the rest of the record being in doubt, and their empty value. */
const EMPTY: Partial<Record<keyof DocumentRecord, unknown>> = {
  date: null,
  distributionDate: null,
  symbols: [],
  distribution: null,
  originalLanguage: null,
  organs: [],
  agendaItems: [],
  issuer: null,
  author: null,
  addressee: null,
  otherAddressees: undefined,
  signatories: [],
  occasion: null,
  references: [],
  mentions: [],
  figures: [],
  relations: [],
};

/**
 * Drop the values that fail the schema, one field at a time, so that one bad reading never costs
 * the whole record: each dropped field is emptied, its provenance becomes `not-found`, and a
 * warning names it. Null when an invalid value is in a field that cannot be emptied (the text).
 */
export function salvage(
  record: DocumentRecord,
  issues: readonly Issue[],
): { record: DocumentRecord; warnings: Warning[] } | null {
  const fields = [...new Set(issues.map((i) => String(i.path[0] ?? '')))];
  if (fields.some((f) => !(f in EMPTY) && f !== 'provenance')) return null;
  const out: Record<string, unknown> = { ...record, provenance: { ...record.provenance } };
  const provenance = out.provenance as Record<string, unknown>;
  const warnings: Warning[] = [];
  for (const field of fields) {
    if (field === 'provenance') {
      for (const i of issues.filter((x) => x.path[0] === 'provenance'))
        provenance[String(i.path[1])] = notFound('The value read could not be used.');
      continue;
    }
    const empty = EMPTY[field as keyof DocumentRecord];
    if (empty === undefined) delete out[field];
    else out[field] = empty;
    if (field in provenance)
      provenance[field] = notFound('The value read was not valid and was dropped.');
    const first = issues.find((i) => i.path[0] === field);
    warnings.push({
      code: 'dropped-invalid-value',
      message: `the value read was dropped (${first ? formatIssue(first) : 'invalid'})`,
      path: [field],
    });
  }
  return { record: out as unknown as DocumentRecord, warnings };
}
