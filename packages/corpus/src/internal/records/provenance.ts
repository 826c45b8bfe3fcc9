import type { ProvenanceEntry } from '../../schema-metadata.js';

type Quote = readonly [line: number, quote: string];

const evidence = (quotes: readonly Quote[]) => quotes.map(([line, quote]) => ({ line, quote }));

/** A value printed in the source: each pair is a 1-based line number and the exact words on it. */
export function stated(...quotes: [Quote, ...Quote[]]): ProvenanceEntry {
  return { status: 'stated', evidence: evidence(quotes) };
}

/** A value printed in the source that needed a stated reading (e.g. "Seventy-fifth year" → 2020). */
export function statedWithNote(note: string, ...quotes: [Quote, ...Quote[]]): ProvenanceEntry {
  return { status: 'stated', evidence: evidence(quotes), note };
}

/** A value decided by the editors, with the reason and any lines it rests on. */
export function curated(reason: string, ...quotes: Quote[]): ProvenanceEntry {
  return quotes.length > 0
    ? { status: 'curated', reason, evidence: evidence(quotes) }
    : { status: 'curated', reason };
}

/** The source does not give this value; the field is left empty. */
export function notFound(note?: string): ProvenanceEntry {
  return note ? { status: 'not-found', note } : { status: 'not-found' };
}

/** The field has no meaning for this kind of document. */
export function notApplicable(note?: string): ProvenanceEntry {
  return note ? { status: 'not-applicable', note } : { status: 'not-applicable' };
}
