import type { Issue } from '../../errors.js';
import type { DocumentRecord } from '../../schema.js';
import { sha256Hex } from '../text/sha256.js';
import type { IngestOptions, IngestResult } from './types.js';

/** A record that can always be made: the text as paragraphs, nothing else claimed. */
export function fallback(
  text: string,
  bytes: Uint8Array,
  options: IngestOptions,
  issues: readonly Issue[],
): IngestResult {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '');
  const sha256 = sha256Hex(bytes);
  const nf = { status: 'not-found' } as const;
  const record: DocumentRecord = {
    id: options.id ?? `undated-unknown-${sha256.slice(0, 8)}`,
    kind: 'unknown',
    title: 'Untitled text',
    titleIsDescriptive: true,
    date: null,
    distributionDate: null,
    symbols: [],
    distribution: null,
    originalLanguage: null,
    languages: [],
    organs: [],
    agendaItems: [],
    issuer: null,
    author: null,
    addressee: null,
    signatories: [],
    occasion: null,
    body: paragraphs.map((t, i) => ({ type: 'paragraph', n: i + 1, text: t })),
    annexes: [],
    references: [],
    mentions: [],
    figures: [],
    relations: [],
    source: {
      fileName: options.source?.fileName ?? 'input.txt',
      sha256,
      digitisation: 'Raw text kept as paragraphs: ingest could not read its structure.',
      normalisations: [],
    },
    provenance: {
      kind: { status: 'curated', reason: 'Structure not recognised.' },
      title: { status: 'curated', reason: 'No title recognised.' },
      date: nf,
      distributionDate: nf,
      symbols: nf,
      distribution: nf,
      originalLanguage: nf,
      languages: nf,
      organs: nf,
      agendaItems: nf,
      issuer: nf,
      author: nf,
      addressee: nf,
      signatories: nf,
      occasion: nf,
    },
  };
  return {
    record,
    warnings: issues.map((i) => ({
      code: `unreadable-${i.code}`,
      message: i.message,
      path: i.path,
    })),
    removed: [],
  };
}
