import type { DocumentRecord } from '../../schema.js';
import type { Removal } from './lines.js';
import type { Warning } from './warnings.js';

export interface IngestOptions {
  /** Where the text came from; its name is kept in the record's provenance. */
  source?: { fileName?: string };
  /** The record id; by default `<date>-<kind>-<first 8 hex of the SHA-256>`. */
  id?: string;
  /** How to decode bytes (a WHATWG encoding label); UTF-8 by default, invalid bytes rejected. */
  encoding?: string;
}

export interface IngestResult {
  /** A record valid against the corpus schema; what was not found is empty and marked so. */
  record: DocumentRecord;
  /** Each doubt, with the input line it concerns; cross-field issues come here too. */
  warnings: Warning[];
  /** What was removed or changed in the text, and on which input lines. */
  removed: Removal[];
}
