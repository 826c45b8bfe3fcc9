import { z } from 'zod';
import type { DocumentRecord } from '../schema.js';
import { DocumentKindSchema } from '../schema.js';
import { GAZETTEER } from './gazetteer.js';

/** What `filterDocuments` accepts; every criterion given must hold (AND). */
export const DocumentFilterSchema = z
  .object({
    kind: z.union([DocumentKindSchema, z.array(DocumentKindSchema).min(1)]),
    year: z.number().int().min(1900).max(2200),
    from: z.iso.date(),
    to: z.iso.date(),
    organ: z.string().min(1),
    agendaItem: z.union([z.string().min(1), z.number().int().positive()]),
    signatory: z.string().min(1),
    mentions: z.string().min(1),
  })
  .partial()
  .strict();

export type DocumentFilter = z.infer<typeof DocumentFilterSchema>;

const ORGAN_ALIASES: Record<string, string> = { ga: 'general assembly', sc: 'security council' };

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** The name asked for, and every name and spelling the gazetteer knows it by. */
function namesFor(name: string): Set<string> {
  const names = new Set([name]);
  for (const entry of GAZETTEER) {
    const all = [entry.name, ...entry.forms].map(fold);
    if (all.includes(name)) for (const n of all) names.add(n);
  }
  return names;
}

/** A predicate for a valid filter; `dateOf` gives the date a document is filed under. */
export function matcher(filter: DocumentFilter, dateOf: (r: DocumentRecord) => string | null) {
  const kinds = filter.kind === undefined ? null : new Set([filter.kind].flat());
  const organ =
    filter.organ === undefined ? null : (ORGAN_ALIASES[fold(filter.organ)] ?? fold(filter.organ));
  const item = filter.agendaItem === undefined ? null : String(filter.agendaItem).trim();
  const signatory = filter.signatory === undefined ? null : fold(filter.signatory);
  const mention = filter.mentions === undefined ? null : namesFor(fold(filter.mentions));
  return (r: DocumentRecord): boolean => {
    const date = dateOf(r);
    if (kinds && !kinds.has(r.kind)) return false;
    if (filter.year !== undefined && date?.slice(0, 4) !== String(filter.year)) return false;
    if (filter.from !== undefined && (!date || date < filter.from)) return false;
    if (filter.to !== undefined && (!date || date > filter.to)) return false;
    if (organ && !r.organs.some((o) => fold(o.organ) === organ)) return false;
    if (item && !r.agendaItems.some((a) => a.number === item)) return false;
    if (signatory && !r.signatories.some((s) => fold(s.name).includes(signatory))) return false;
    if (
      mention &&
      !r.mentions.some((m) => [m.name, ...m.forms].some((n) => mention.has(fold(n))))
    ) {
      return false;
    }
    return true;
  };
}
