import * as z from 'zod';
import { lazySchema, once } from './internal/validate/lazy-schema.js';

/**
 * Where a passage sits in a record: a paragraph of the body, or of an annex when `annex` is set.
 * Paragraph numbers are the corpus's own (1..n per body or annex), used for pinpoint citations.
 */
export const LocatorSchema = lazySchema(() =>
  z
    .object({
      annex: z
        .number()
        .int()
        .positive()
        .optional()
        .describe('1-based annex number; absent for the body'),
      paragraph: z
        .number()
        .int()
        .positive()
        .describe('1-based paragraph number within the body or annex'),
    })
    .strict(),
);

const text = once(() => z.string().min(1));

/** A numbered paragraph: the unit of quotation and citation. */
export const ParagraphBlockSchema = lazySchema(() =>
  z
    .object({
      type: z.literal('paragraph'),
      n: z.number().int().positive(),
      text: text(),
    })
    .strict(),
);

/** A quotation set off from the running text, numbered like a paragraph. */
export const BlockQuoteBlockSchema = lazySchema(() =>
  z
    .object({
      type: z.literal('blockquote'),
      n: z.number().int().positive(),
      text: text(),
    })
    .strict(),
);

/** One of the text blocks a document is made of, in reading order. */
export const BlockSchema = lazySchema(() =>
  z.discriminatedUnion('type', [
    z
      .object({
        type: z.literal('masthead'),
        lines: z.array(text()).min(1).describe('UN masthead lines, exactly as printed'),
      })
      .strict(),
    z
      .object({
        type: z.literal('letterhead'),
        lines: z.array(text()).min(1).describe('Issuer letterhead lines, exactly as printed'),
      })
      .strict(),
    z
      .object({
        type: z.literal('heading'),
        role: z.enum(['title', 'label', 'subtitle']),
        text: text(),
      })
      .strict(),
    z
      .object({
        type: z.literal('dateline'),
        text: text().describe('Place and/or date line, as printed'),
      })
      .strict(),
    ParagraphBlockSchema,
    BlockQuoteBlockSchema,
    z
      .object({
        type: z.literal('signature'),
        lines: z.array(text()).min(1),
      })
      .strict(),
  ]),
);

/** An annex: its own title, subtitle, date and numbered body. */
export const AnnexSchema = lazySchema(() =>
  z
    .object({
      n: z.number().int().positive(),
      title: text(),
      subtitle: text().nullable(),
      date: z.iso.date().nullable(),
      body: z.array(BlockSchema),
    })
    .strict(),
);

export type Locator = z.infer<typeof LocatorSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type ParagraphBlock = z.infer<typeof ParagraphBlockSchema>;
export type BlockQuoteBlock = z.infer<typeof BlockQuoteBlockSchema>;
export type Annex = z.infer<typeof AnnexSchema>;
