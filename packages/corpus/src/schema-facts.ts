import * as z from 'zod';
import { lazySchema, once } from './internal/validate/lazy-schema.js';
import { LocatorSchema } from './schema-text.js';
import { FIGURE_METRICS } from './vocabulary.js';

const text = once(() => z.string().min(1));

/** The metric a stated figure counts. Documents use other words (`term`); the metric groups them. */
export const FigureMetricSchema = lazySchema(() => z.enum(FIGURE_METRICS));

/** A number a document states about the events: an attributed statement, never a fact. */
export const FigureSchema = lazySchema(() =>
  z
    .object({
      metric: FigureMetricSchema,
      value: z.number().int().nonnegative(),
      qualifier: z.enum(['exact', 'approximately', 'more-than', 'at-least']),
      unit: z.enum(['people', 'soldiers']),
      term: text().describe('The words the document uses for the metric, e.g. "seriously injured"'),
      quote: text().describe('Exact substring of the paragraph that states the figure'),
      paragraph: LocatorSchema,
    })
    .strict(),
);

/** A document the text cites: a UN document by symbol, or a named work. */
export const ReferenceSchema = lazySchema(() =>
  z.discriminatedUnion('type', [
    z
      .object({
        type: z.literal('un-document'),
        symbol: text().describe('Normalised symbol; double symbols joined by a hyphen'),
        members: z.array(text()).describe('The single symbols a double symbol is made of'),
        asPrinted: text().describe('The symbol exactly as it stands in the source file'),
        description: text().nullable(),
        paragraph: LocatorSchema.optional().describe('Absent when a masthead footnote prints it'),
        footnote: text()
          .optional()
          .describe(
            'The masthead footnote that prints it ("* A/78/50."), kept in the masthead block',
          ),
      })
      .strict(),
    z
      .object({
        type: z.literal('work'),
        workType: z.enum(['report', 'instrument', 'decision', 'statement']),
        title: text(),
        author: text().nullable(),
        quote: text().describe('Exact substring of the paragraph naming the work'),
        paragraph: LocatorSchema,
      })
      .strict(),
  ]),
);

/** A person, place or organisation named in the text, with every spelling the document uses. */
export const MentionSchema = lazySchema(() =>
  z
    .object({
      kind: z.enum(['person', 'place', 'organization']),
      name: text().describe('Canonical name, shared across documents'),
      forms: z.array(text()).min(1).describe('Spellings as printed in this document'),
      paragraphs: z.array(LocatorSchema).min(1),
    })
    .strict(),
);

/** A typed link to another document, with the evidence for it. */
export const RelationSchema = lazySchema(() =>
  z
    .object({
      type: z.enum(['repliesTo', 'republishes', 'sharesTextWith', 'annexOf', 'sameEventAs']),
      target: text().describe(
        'A corpus record id, or a normalised UN symbol for documents outside it',
      ),
      targetKind: z.enum(['record', 'un-symbol']),
      evidence: text(),
      paragraph: LocatorSchema.optional(),
      measure: z
        .object({
          method: text(),
          value: z.number().min(0).max(1),
        })
        .strict()
        .optional()
        .describe('A measured strength of the relation, recomputed by the test suite'),
    })
    .strict(),
);

export type Figure = z.infer<typeof FigureSchema>;
export type Reference = z.infer<typeof ReferenceSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type Relation = z.infer<typeof RelationSchema>;
