import * as z from 'zod';
import { lazySchema, once } from './internal/validate/lazy-schema.js';

const text = once(() => z.string().min(1));

/** A line of the source file that states a value: 1-based line number and the exact words. */
export const EvidenceSchema = lazySchema(() =>
  z
    .object({
      line: z.number().int().positive(),
      quote: text().describe('Exact substring of that source line'),
    })
    .strict(),
);

/**
 * Where a metadata value comes from. `stated`: printed in the source (the lines say where).
 * `curated`: decided by the editors, with the reason. `not-found`: not in the source, left empty.
 * `not-applicable`: the field has no meaning for this kind of document.
 */
export const ProvenanceEntrySchema = lazySchema(() =>
  z.discriminatedUnion('status', [
    z
      .object({
        status: z.literal('stated'),
        evidence: z.array(EvidenceSchema).min(1),
        note: text().optional(),
      })
      .strict(),
    z
      .object({
        status: z.literal('curated'),
        reason: text(),
        evidence: z.array(EvidenceSchema).optional(),
      })
      .strict(),
    z.object({ status: z.literal('not-found'), note: text().optional() }).strict(),
    z.object({ status: z.literal('not-applicable'), note: text().optional() }).strict(),
  ]),
);

/** A year an organ counts by (the United Nations' first is 1946); null when not printed. */
function yearOf(description: string) {
  return z.number().int().min(1946).nullable().describe(description);
}

/**
 * An organ a document is issued to, with its session (General Assembly), its year (Security
 * Council) or the year its session is named for (Economic and Social Council).
 */
export const OrganSchema = lazySchema(() =>
  z.discriminatedUnion('organ', [
    z
      .object({
        organ: z.literal('General Assembly'),
        session: z
          .number()
          .int()
          .positive()
          .nullable()
          .describe('null when the organ is named but its session is not printed or not legible'),
        sessionType: z.enum(['regular', 'special', 'emergency-special']),
      })
      .strict(),
    z
      .object({
        organ: z.literal('Security Council'),
        year: yearOf(
          'Calendar year: "Seventy-fifth year" is 2020; null when not printed or legible',
        ),
      })
      .strict(),
    z
      .object({
        organ: z.literal('Economic and Social Council'),
        year: yearOf(
          'The year the Council\'s session is named for: "2022 session" is 2022; null when not printed or legible',
        ),
      })
      .strict(),
  ]),
);

/** An agenda item a document is circulated under, its title matched to its number in order. */
export const AgendaItemSchema = lazySchema(() =>
  z
    .object({
      organ: z
        .enum(['General Assembly', 'Human Rights Council', 'Economic and Social Council'])
        .describe('The body whose agenda it is: the Assembly (and its Committees), or a Council'),
      session: z
        .number()
        .int()
        .positive()
        .nullable()
        .describe('The session of that body; null when no session is printed'),
      number: z.string().regex(/^\d+(?: \([a-z]\))?$/, 'an item number such as "32" or "3 (b)"'),
      title: text().nullable(),
      list: z
        .enum(['agenda', 'provisional', 'preliminary'])
        .optional()
        .describe(
          'The list the number refers to, as the masthead prints it: the agenda, the provisional agenda ("Item 30 of the provisional agenda"), or the preliminary list',
        ),
    })
    .strict(),
);

/** A state, organisation, office or person that issues, writes or receives a document. */
export const PartySchema = lazySchema(() =>
  z
    .object({
      name: text(),
      kind: z.enum(['state', 'organization', 'office', 'person']),
      country: text().nullable().describe('The Member State the party acts for, if any'),
    })
    .strict(),
);

/** A person who signed, with the title and role printed under the name. */
export const SignatorySchema = lazySchema(() =>
  z
    .object({
      name: text(),
      title: text().nullable().describe('e.g. "Ambassador"'),
      role: text().nullable().describe('e.g. "Permanent Representative"'),
    })
    .strict(),
);

/** The day a document marks (an anniversary), distinct from the date it was issued. */
export const OccasionSchema = lazySchema(() =>
  z
    .object({
      date: z.iso.date(),
      description: text(),
    })
    .strict(),
);

export type Evidence = z.infer<typeof EvidenceSchema>;
export type ProvenanceEntry = z.infer<typeof ProvenanceEntrySchema>;
export type Organ = z.infer<typeof OrganSchema>;
export type AgendaItem = z.infer<typeof AgendaItemSchema>;
export type Party = z.infer<typeof PartySchema>;
export type Signatory = z.infer<typeof SignatorySchema>;
export type Occasion = z.infer<typeof OccasionSchema>;
