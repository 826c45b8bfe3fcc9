import { bindRecords } from './internal/query/bind.js';
import type { FigureComparison } from './internal/query/figures.js';
import type { DocumentFilter } from './internal/query/filter.js';
import type { QuoteVerification } from './internal/query/quote.js';
import type { SearchHit, SearchOptions } from './internal/query/search-index.js';
import type { DocumentRecord } from './schema.js';
import type { Reference } from './schema-facts.js';
import type { FigureMetric } from './vocabulary.js';

export { filingDate } from './internal/query/bind.js';

/** The documents that carry a symbol, and the documents that cite it. */
export interface SymbolLookup {
  /** The symbol asked for, in the matching key form (upper case, hyphen-joined). */
  symbol: string;
  documents: DocumentRecord[];
  referencedBy: Array<{
    document: DocumentRecord;
    reference: Extract<Reference, { type: 'un-document' }>;
  }>;
}

/**
 * What an id or a symbol names: the record (by its id, or as the first record carrying the
 * symbol), or nothing, with the records that cite the symbol and the id most like the key.
 */
export type DocumentLookup =
  | { found: true; record: DocumentRecord; by: 'id' | 'symbol' }
  | { found: false; citedBy: DocumentRecord[]; didYouMean: string | undefined };

/** The query API over one set of records. */
export interface Corpus {
  /** The records, sorted by date (undated ones by the occasion they mark), then id. */
  readonly documents: readonly DocumentRecord[];
  getDocument(id: string): DocumentRecord | undefined;
  findBySymbol(symbol: string): SymbolLookup | undefined;
  /** A record by its id or by a symbol it carries (what a user types); never throws on a string. */
  lookupDocument(key: string): DocumentLookup;
  filterDocuments(filter: DocumentFilter): DocumentRecord[];
  searchDocuments(query: string, options?: SearchOptions): SearchHit[];
  compareFigures(metric?: FigureMetric): FigureComparison[];
  verifyQuote(text: string, options?: { id?: string }): QuoteVerification;
}

/**
 * Bind the query API to records already known to be valid (no validation: see `createCorpus`).
 */
export function bindCorpus(records: readonly DocumentRecord[]): Corpus {
  return bindRecords(records);
}
