import { type Issue, QueryError } from './errors.js';
import { compare, type FigureComparison } from './internal/figures.js';
import { type DocumentFilter, DocumentFilterSchema, matcher } from './internal/filter.js';
import { type QuoteVerification, verifyIn } from './internal/quote.js';
import { type SearchHit, SearchIndex, type SearchOptions } from './internal/search-index.js';
import { symbolKey, symbolMembers } from './internal/symbol-key.js';
import { passages } from './passages.js';
import type { DocumentRecord } from './schema.js';
import { type FigureMetric, FigureMetricSchema, type Reference } from './schema-facts.js';
import { assertValidRecords } from './validate.js';

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

/** The query API over one set of records. */
export interface Corpus {
  /** The records, sorted by date (undated ones by the occasion they mark), then id. */
  readonly documents: readonly DocumentRecord[];
  getDocument(id: string): DocumentRecord | undefined;
  findBySymbol(symbol: string): SymbolLookup | undefined;
  filterDocuments(filter: DocumentFilter): DocumentRecord[];
  searchDocuments(query: string, options?: SearchOptions): SearchHit[];
  compareFigures(metric?: FigureMetric): FigureComparison[];
  verifyQuote(text: string, options?: { id?: string }): QuoteVerification;
}

/** The date a document is filed under: its own date, or for an undated one the day it marks. */
export const filingDate = (r: DocumentRecord): string | null => r.date ?? r.occasion?.date ?? null;

const zodIssues = (
  issues: ReadonlyArray<{ code: string; message: string; path: PropertyKey[] }>,
): Issue[] => issues.map((i) => ({ code: i.code, message: i.message, path: i.path.map(String) }));

function requireString(name: string, value: unknown): string {
  if (typeof value !== 'string')
    throw new QueryError(`${name} must be a string, got ${typeof value}`);
  return value;
}

/** Bind the query API to records already known to be valid (no validation: see `createCorpus`). */
export function bindCorpus(records: readonly DocumentRecord[]): Corpus {
  const documents = [...records].sort(
    (a, b) => (filingDate(a) ?? '').localeCompare(filingDate(b) ?? '') || a.id.localeCompare(b.id),
  );
  const byId = new Map(documents.map((d) => [d.id, d]));
  let index: SearchIndex | undefined;
  const annexCount = (id: string) => byId.get(id)?.annexes.length ?? 0;

  return {
    documents,
    getDocument: (id) => byId.get(requireString('id', id)),
    findBySymbol(symbol) {
      const key = symbolKey(requireString('symbol', symbol));
      if (key === '') return undefined;
      const wanted = symbolMembers(key);
      const covers = (s: string) => {
        const members = symbolMembers(symbolKey(s));
        return key === symbolKey(s) || wanted.every((w) => members.includes(w));
      };
      const carrying = documents.filter((d) => d.symbols.some(covers));
      const referencedBy = documents.flatMap((document) =>
        document.references.flatMap((reference) =>
          reference.type === 'un-document' && covers(reference.symbol)
            ? [{ document, reference }]
            : [],
        ),
      );
      if (carrying.length === 0 && referencedBy.length === 0) return undefined;
      return { symbol: key, documents: carrying, referencedBy };
    },
    filterDocuments(filter) {
      const parsed = DocumentFilterSchema.safeParse(filter);
      if (!parsed.success) {
        throw new QueryError(
          `invalid filter: ${parsed.error.issues[0]?.message}`,
          zodIssues(parsed.error.issues),
        );
      }
      return documents.filter(matcher(parsed.data, filingDate));
    },
    searchDocuments(query, options) {
      if (requireString('query', query).trim() === '')
        throw new QueryError('search query is empty');
      index ??= new SearchIndex(documents);
      return index.search(query, options);
    },
    compareFigures(metric) {
      if (metric !== undefined && !FigureMetricSchema.safeParse(metric).success) {
        throw new QueryError(
          `unknown figure metric "${String(metric)}"; choose one of ${FigureMetricSchema.options.join(', ')}`,
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

/**
 * Validate records (schema and cross-field rules) and return the query API bound to them, so that
 * ingested or hand-made records are queried exactly like the bundled corpus.
 * @throws RecordValidationError listing every issue, when any record is invalid.
 */
export function createCorpus(records: readonly unknown[]): Corpus {
  return bindCorpus(assertValidRecords(records));
}
