import { passages } from '../../passages.js';
import type { DocumentRecord } from '../../schema.js';
import { findMentions } from '../mentions.js';

/** A curated record as written by hand: everything but the mentions, which the gazetteer finds. */
export type RecordDraft = Omit<DocumentRecord, 'mentions'>;

/** Complete a curated draft: its mentions are found in its own passages by the shared gazetteer. */
export function defineRecord(draft: RecordDraft): DocumentRecord {
  const { source, provenance, ...rest } = draft;
  return { ...rest, mentions: findMentions(passages(draft)), source, provenance };
}
