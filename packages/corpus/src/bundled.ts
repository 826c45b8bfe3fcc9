import { bindRecords } from './internal/query/bind.js';
import { SHIPPED_INDEX } from './internal/records/shipped-index.generated.js';
import { SHIPPED_RECORDS } from './internal/records/shipped-records.generated.js';
import type { Corpus } from './query.js';
import type { DocumentRecord } from './schema.js';

/**
 * The bundled corpus: the five curated records and the query API bound to them. The records are
 * the curated ones (`internal/records/index.ts`) as the build wrote them out; a test proves them
 * equal.
 */
export const corpus: Corpus = bindRecords(
  JSON.parse(SHIPPED_RECORDS) as DocumentRecord[],
  SHIPPED_INDEX,
);

/** The five records, sorted by date. */
export const documents = corpus.documents;
/** The record with this id, or `undefined`. */
export const getDocument = corpus.getDocument;
/** The records that carry or cite a UN symbol, in any spelling; `undefined` when none. */
export const findBySymbol = corpus.findBySymbol;
/** A record by its id or by a symbol it carries, or the records citing the symbol and the id meant. */
export const lookupDocument = corpus.lookupDocument;
/** The records matching every criterion given. @throws QueryError on an invalid filter. */
export const filterDocuments = corpus.filterDocuments;
/** Ranked paragraph hits for a query, with the matched terms. @throws QueryError on an empty query. */
export const searchDocuments = corpus.searchDocuments;
/** Per metric, which document states which figure, with the quote. */
export const compareFigures = corpus.compareFigures;
/** Whether a quotation occurs in the corpus (or one document), and where. */
export const verifyQuote = corpus.verifyQuote;
