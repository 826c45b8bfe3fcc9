import { passages } from '../../passages.js';
import type { DocumentRecord } from '../../schema.js';
import type { Mention } from '../../schema-facts.js';
import { findMentions } from '../text/mentions.js';

/** A curated record as written by hand: everything but the mentions, which the gazetteer finds. */
export type RecordDraft = Omit<DocumentRecord, 'mentions'>;

/**
 * Complete a curated draft: its mentions are found in its own passages by the shared gazetteer,
 * on first read (the build writes them out, and the bundled corpus ships them found: see
 * `shipped-records.generated.ts`). The property still reads, writes, spreads, clones and
 * serialises as plain data.
 */
export function defineRecord(draft: RecordDraft): DocumentRecord {
  const { source, provenance, ...rest } = draft;
  let mentions: Mention[] | undefined;
  const record = { ...rest } as DocumentRecord;
  // Defined in place: an accessor in an object literal after a spread is moved to the end.
  Object.defineProperty(record, 'mentions', {
    get: () => {
      mentions ??= findMentions(passages(draft));
      return mentions;
    },
    set: (value: Mention[]) => {
      mentions = value;
    },
    enumerable: true,
    configurable: true,
  });
  return Object.assign(record, { source, provenance });
}
