export * from './bundled.js';
export * from './data-version.js';
export * from './decode.js';
export * from './display-words.js';
export * from './document-view.js';
export * from './errors.js';
export * from './figure-words.js';
export type { FigureComparison, FigureStatement } from './internal/query/figures.js';
export type { DocumentFilter } from './internal/query/filter.js';
export type { QuoteMatch, QuoteNearMiss, QuoteVerification } from './internal/query/quote.js';
export type { SearchHit, SearchOptions } from './internal/query/search-index.js';
export { closest as didYouMean } from './internal/text/suggest.js';
export * from './passages.js';
export * from './query.js';
export * from './read-records.js';
// The record types by name, not `export type *`: the declaration bundler turns that into value
// exports of the zod schemas, which this entry does not load (they are in the main entry).
export type {
  DocumentRecord,
  MetadataField,
  NormalisationKind,
  Provenance,
  Source,
} from './schema.js';
export type { Figure, Mention, Reference, Relation } from './schema-facts.js';
export type {
  AgendaItem,
  Evidence,
  Occasion,
  Organ,
  Party,
  ProvenanceEntry,
  Signatory,
} from './schema-metadata.js';
export type { Annex, Block, BlockQuoteBlock, Locator, ParagraphBlock } from './schema-text.js';
export * from './text.js';
export * from './text-reuse.js';
export * from './vocabulary.js';
