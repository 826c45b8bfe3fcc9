import { QueryError } from '../../errors.js';
import { passages } from '../../passages.js';
import type { Corpus, SymbolLookup } from '../../query.js';
import type { DocumentRecord } from '../../schema.js';
import { FIGURE_METRICS } from '../../vocabulary.js';
import { closest } from '../text/suggest.js';
import { memberKeys, symbolKey } from '../text/symbol-key.js';
import { compare } from './figures.js';
import { checkFilter, matcher } from './filter.js';
import { verifyIn } from './quote.js';
import { SearchIndex } from './search-index.js';

/** The date a document is filed under: its own date, or for an undated one the day it marks. */
export const filingDate = (r: DocumentRecord): string | null => r.date ?? r.occasion?.date ?? null;

function requireString(name: string, value: unknown): string {
  if (typeof value !== 'string')
    throw new QueryError(`${name} must be a string, got ${typeof value}`);
  return value;
}

// ISO dates and slug ids sort the same by code unit as by locale, without loading a collator.
const compareCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The query API over records already known to be valid; `savedIndex`, the search index of these
 * records as `SearchIndex#save` gave it, is loaded rather than built (see `shipped-index.ts`).
 */
export function bindRecords(records: readonly DocumentRecord[], savedIndex?: string): Corpus {
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
    const wanted = memberKeys(key);
    const covers = (s: string) => {
      const members = memberKeys(s);
      return key === symbolKey(s) || wanted.every((w) => members.includes(w));
    };
    // A record lists each member of its double symbol on its own: all of them together carry it.
    const carrying = documents.filter(
      (d) =>
        d.symbols.some(covers) || wanted.every((w) => d.symbols.flatMap(memberKeys).includes(w)),
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
      index ??= new SearchIndex(documents, savedIndex);
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
