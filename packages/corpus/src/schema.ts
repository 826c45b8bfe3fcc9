import * as z from 'zod';
import { lazySchema, once } from './internal/validate/lazy-schema.js';
import { FigureSchema, MentionSchema, ReferenceSchema, RelationSchema } from './schema-facts.js';
import {
  AgendaItemSchema,
  OccasionSchema,
  OrganSchema,
  PartySchema,
  ProvenanceEntrySchema,
  SignatorySchema,
} from './schema-metadata.js';
import { AnnexSchema, BlockSchema } from './schema-text.js';
import { DOCUMENT_KINDS } from './vocabulary.js';

const text = once(() => z.string().min(1));

/**
 * A well-formed BCP 47 language tag (RFC 5646, section 2.1: language, extlang, script, region,
 * variants, extensions, private use), such as `en`, `az-Latn` or `ru-AZ`. Grandfathered tags are
 * not accepted. A tag is the only language value that reaches BibTeX and RIS unquoted by syntax.
 */
const BCP47_TAG =
  /^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|\d{3}))?(?:-(?:[A-Za-z\d]{5,8}|\d[A-Za-z\d]{3}))*(?:-[A-WY-Za-wy-z\d](?:-[A-Za-z\d]{2,8})+)*(?:-[Xx](?:-[A-Za-z\d]{1,8})+)?|[Xx](?:-[A-Za-z\d]{1,8})+)$/;
const languageTag = once(() =>
  z.string().max(64).regex(BCP47_TAG, 'a BCP 47 language tag such as "en" or "az-Latn"'),
);
const isoDate = once(() => z.iso.date());

/** Kinds of documents in the corpus. */
export const DocumentKindSchema = lazySchema(() => z.enum(DOCUMENT_KINDS));

/** Markup and layout changes allowed between the source file and the record's text. */
export const NormalisationKindSchema = lazySchema(() =>
  z.enum([
    'markdown-emphasis',
    'markdown-heading',
    'markdown-rule',
    'markdown-link',
    'markdown-blockquote',
    'html-superscript',
    'hard-line-break',
    'page-break-join',
    'paragraph-break',
    'whitespace',
    'ligature',
    'hyphen',
    'html-entity',
    'mojibake',
    'hyphenation',
    'page-footer',
    'page-number',
    'running-header',
    'web-chrome',
    'footnote',
  ]),
);

/** The file a record was made from, and how its text was brought into the record. */
export const SourceSchema = lazySchema(() =>
  z
    .object({
      fileName: text(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      digitisation: text().describe(
        'How the text was digitised, and what that means for its markup',
      ),
      normalisations: z.array(
        z
          .object({
            kind: NormalisationKindSchema,
            lines: z.array(z.number().int().positive()).min(1),
            description: text(),
          })
          .strict(),
      ),
    })
    .strict(),
);

/** Provenance of every metadata field: stated in the source, curated, not found or not applicable. */
export const ProvenanceSchema = lazySchema(() =>
  z
    .object({
      kind: ProvenanceEntrySchema,
      title: ProvenanceEntrySchema,
      date: ProvenanceEntrySchema,
      distributionDate: ProvenanceEntrySchema,
      symbols: ProvenanceEntrySchema,
      distribution: ProvenanceEntrySchema,
      originalLanguage: ProvenanceEntrySchema,
      languages: ProvenanceEntrySchema,
      organs: ProvenanceEntrySchema,
      agendaItems: ProvenanceEntrySchema,
      issuer: ProvenanceEntrySchema,
      author: ProvenanceEntrySchema,
      addressee: ProvenanceEntrySchema,
      signatories: ProvenanceEntrySchema,
      occasion: ProvenanceEntrySchema,
    })
    .strict(),
);

/** One document of the corpus: verbatim text by blocks, metadata, and where each value comes from. */
export const DocumentRecordSchema = lazySchema(() =>
  z
    .object({
      id: z
        .string()
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lower-case slug such as "2020-01-17-letter"'),
      kind: DocumentKindSchema,
      title: text().describe('As printed, or a description when titleIsDescriptive is true'),
      titleIsDescriptive: z.boolean(),
      date: isoDate().nullable().describe("The document's own date (letter date, release date)"),
      distributionDate: isoDate().nullable().describe('UN masthead "Distr." date (letters only)'),
      symbols: z
        .array(text())
        .describe(
          "The document's own UN symbols as printed (an OCR misreading, such as O for 0, repaired); empty when not printed",
        ),
      distribution: text().nullable(),
      originalLanguage: languageTag().nullable().describe('BCP 47 tag of the original language'),
      languages: z
        .array(languageTag())
        .describe('BCP 47 tags of the languages the text is printed in'),
      organs: z.array(OrganSchema),
      agendaItems: z.array(AgendaItemSchema),
      issuer: PartySchema.nullable(),
      author: PartySchema.nullable(),
      addressee: PartySchema.nullable(),
      otherAddressees: z
        .array(PartySchema)
        .optional()
        .describe(
          'Further addressees of identical letters ("… addressed to the Secretary-General and to the President of the Security Council"); their provenance is that of `addressee`',
        ),
      signatories: z.array(SignatorySchema),
      occasion: OccasionSchema.nullable(),
      body: z.array(BlockSchema),
      annexes: z.array(AnnexSchema),
      references: z.array(ReferenceSchema),
      mentions: z.array(MentionSchema),
      figures: z.array(FigureSchema),
      relations: z.array(RelationSchema),
      source: SourceSchema,
      provenance: ProvenanceSchema,
    })
    .strict(),
);

export type NormalisationKind = z.infer<typeof NormalisationKindSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Provenance = z.infer<typeof ProvenanceSchema>;
export type MetadataField = keyof Provenance;
/** A corpus document record, as validated by {@link DocumentRecordSchema}. */
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;
