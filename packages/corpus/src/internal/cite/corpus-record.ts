import type { DocumentRecord } from '../../schema.js';

/** JSON with object keys sorted: equal for equal content, whatever the key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .flatMap((k) => {
        const v = (value as Record<string, unknown>)[k];
        return v === undefined ? [] : [`${JSON.stringify(k)}:${canonicalJson(v)}`];
      })
      .join(',')}}`;
  return JSON.stringify(value);
}

const seen = new WeakMap<object, string>();
const canonicalOf = (record: DocumentRecord) => {
  let json = seen.get(record);
  if (json === undefined) {
    json = canonicalJson(record);
    seen.set(record, json);
  }
  return json;
};

/**
 * Whether a record is a record of the corpus by content: the corpus's object itself, a JSON copy of it,
 * or the same record from `createCorpus`. Anything else, however close, is not.
 */
export function isCorpusRecord(
  record: DocumentRecord,
  corpus: { get(id: string): DocumentRecord | undefined },
): boolean {
  const bundled = corpus.get(record.id);
  if (!bundled) return false;
  if (bundled === record) return true;
  if (record.source?.sha256 !== bundled.source.sha256) return false;
  return canonicalOf(record) === canonicalOf(bundled);
}
