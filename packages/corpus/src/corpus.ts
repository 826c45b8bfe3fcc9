import { bindCorpus, type Corpus } from './query.js';
import { assertValidRecords } from './validate.js';

/**
 * Validate records (schema and cross-field rules) and return the query API bound to them, so that
 * ingested or hand-made records are queried exactly like the bundled corpus.
 * @throws RecordValidationError listing every issue, when any record is invalid.
 */
export function createCorpus(records: readonly unknown[]): Corpus {
  return bindCorpus(assertValidRecords(records));
}
