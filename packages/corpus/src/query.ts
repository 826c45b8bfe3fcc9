import { QueryError } from './errors.js';
import { compare, type FigureComparison } from './internal/query/figures.js';
import { checkFilter, type DocumentFilter, matcher } from './internal/query/filter.js';
import { type QuoteVerification, verifyIn } from './internal/query/quote.js';
import { type SearchHit, SearchIndex, type SearchOptions } from './internal/query/search-index.js';
import { closest } from './internal/text/suggest.js';
import { symbolKey, symbolMembers } from './internal/text/symbol-key.js';
import { passages } from './passages.js';
import type { DocumentRecord } from './schema.js';
import type { Reference } from './schema-facts.js';
import { FIGURE_METRICS, type FigureMetric } from './vocabulary.js';

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

/** The date a document is filed under: its own date, or for an undated one the day it marks. */
export const filingDate = (r: DocumentRecord): string | null => r.date ?? r.occasion?.date ?? null;

function requireString(name: string, value: unknown): string {
  if (typeof value !== 'string')
    throw new QueryError(`${name} must be a string, got ${typeof value}`);
  return value;
}

// ISO dates and slug ids sort the same by code unit as by locale, without loading a collator.
const compareCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Bind the query API to records already known to be valid (no validation: see `createCorpus`). */
export function bindCorpus(records: readonly DocumentRecord[]): Corpus {
  const documents = [...records].sort(
    (a, b) =>
      compareCodeUnits(filingDate(a) ?? '', filingDate(b) ?? '') || compareCodeUnits(a.id, b.id),
  );
  const byId = new Map(documents.map((d) => [d.id, d]));
  let index: SearchIndex | undefined;
  const annexCount = (id: string) => byId.get(id)?.annexes.length ?? 0;

  const findBySymbol = (symbol: string): SymbolLookup | undefined => {
    const key = symbolKey(requireString('symbol', symbol));
    if (key === '') return undefined;
    const wanted = symbolMembers(key);
    const covers = (s: string) => {
      const members = symbolMembers(s);
      return key === symbolKey(s) || wanted.every((w) => members.includes(w));
    };
    // A record lists each member of its double symbol on its own: all of them together carry it.
    const carrying = documents.filter(
      (d) =>
        d.symbols.some(covers) || wanted.every((w) => d.symbols.flatMap(symbolMembers).includes(w)),
    );
    const referencedBy = documents.flatMap((document) =>
      document.references.flatMap((reference) =>
        reference.type === 'un-document' && covers(reference.symbol)
          ? [{ document, reference }]
          : [],
      ),
    );
    if (carrying.length === 0 && referencedBy.length === 0) return undefined;
    return { symbol: key, documents: carrying, referencedBy };
  };

  return {
    documents,
    getDocument: (id) => byId.get(requireString('id', id)),
    findBySymbol,
    lookupDocument(key) {
      const byKey = byId.get(requireString('key', key));
      if (byKey) return { found: true, record: byKey, by: 'id' };
      const bySymbol = findBySymbol(key);
      const first = bySymbol?.documents[0];
      if (first) return { found: true, record: first, by: 'symbol' };
      return {
        found: false,
        citedBy: [...new Set(bySymbol?.referencedBy.map((r) => r.document))],
        didYouMean: closest(key, [...byId.keys()]),
      };
    },
    filterDocuments(filter) {
      return documents.filter(matcher(checkFilter(filter), filingDate));
    },
    searchDocuments(query, options) {
      if (requireString('query', query).trim() === '')
        throw new QueryError('search query is empty');
      index ??= new SearchIndex(documents);
      return index.search(query, options);
    },
    compareFigures(metric) {
      if (metric !== undefined && !FIGURE_METRICS.includes(metric)) {
        throw new QueryError(
          `unknown figure metric "${String(metric)}"; choose one of ${FIGURE_METRICS.join(', ')}`,
        );
      }
      return compare(documents, metric, filingDate);
    },
    verifyQuote(text, options = {}) {
      requireString('quotation', text);
      const scope =
        options.id === undefined
          ? documents
          : [byId.get(options.id)].filter((d) => d !== undefined);
      if (options.id !== undefined && scope.length === 0)
        throw new QueryError(`unknown document "${options.id}"`);
      return verifyIn(
        scope.flatMap((d) => [...passages(d)]),
        text,
        annexCount,
      );
    },
  };
}
