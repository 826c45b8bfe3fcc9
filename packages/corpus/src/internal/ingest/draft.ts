import type { DocumentRecord } from '../../schema.js';

/** What the kind-specific readers produce; the common steps add the rest. */
export type Draft = Omit<
  DocumentRecord,
  | 'id'
  | 'languages'
  | 'occasion'
  | 'references'
  | 'mentions'
  | 'figures'
  | 'relations'
  | 'source'
  | 'provenance'
> & {
  provenance: Omit<DocumentRecord['provenance'], 'languages'>;
  /** References printed outside the paragraphs (masthead footnotes). */
  footnoteReferences: DocumentRecord['references'];
};
