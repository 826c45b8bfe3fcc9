import type { Issue } from '../../errors.js';
import type { DocumentRecord, MetadataField } from '../../schema.js';

const isEmpty = (value: unknown) => value === null || (Array.isArray(value) && value.length === 0);

/** A value that is present needs a source; an empty one must not claim the text states it. */
export function checkProvenance(r: DocumentRecord): Issue[] {
  const out: Issue[] = [];
  for (const field of Object.keys(r.provenance) as MetadataField[]) {
    const entry = r.provenance[field];
    const empty = isEmpty(r[field]);
    if (empty && entry.status === 'stated') {
      out.push({
        code: 'provenance-empty-stated',
        message: `${field} is empty but marked stated`,
        path: ['provenance', field],
      });
    }
    if (!empty && (entry.status === 'not-found' || entry.status === 'not-applicable')) {
      out.push({
        code: 'provenance-value-unsourced',
        message: `${field} has a value but is marked ${entry.status}`,
        path: ['provenance', field],
      });
    }
  }
  return out;
}
