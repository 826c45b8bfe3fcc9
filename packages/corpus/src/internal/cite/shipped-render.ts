import type { DocumentRecord } from '../../schema.js';
import { CITATION_STYLES } from '../../vocabulary.js';
import { planCitation } from './prepare.js';
import { type CiteMode, resolveStyle } from './registry.js';
import { renderEntriesLive, renderLive } from './render.js';
import {
  PINPOINT_TOKEN,
  type ShippedTable,
  STORED_FORMATS,
  type StoredFormat,
  TERM_LABELS,
  type TermLabel,
} from './shipped.js';

/**
 * What a style prints before a paragraph or section locator, read from the citation with it and
 * the citation with the same token as a `part` locator; null when it prints no such locator.
 * @throws Error when the citations differ otherwise (the shipped table could not rebuild them).
 */
function termOf(plain: string, part: string, labelled: string, id: string): string | null {
  if (labelled === plain) return null;
  const at = part.indexOf(PINPOINT_TOKEN);
  const end = labelled.indexOf(PINPOINT_TOKEN);
  const term = labelled.slice(at, end);
  if (
    labelled.slice(0, at) !== part.slice(0, at) ||
    labelled.slice(end) !== part.slice(at) ||
    end < at
  )
    throw new Error(`${id}: a labelled locator is not the part locator with a term before it`);
  return term;
}

/**
 * Renders, with the live engine, every shipped citation: each record given in each built-in
 * style, mode and format, without a pinpoint and with {@link PINPOINT_TOKEN} as the locator of
 * each label a pinpoint is given with,
 * plus each style's bibliography order. The build writes it out; a test compares it with the file.
 */
export function renderShippedTable(documents: readonly DocumentRecord[]): ShippedTable {
  const table: ShippedTable = { token: PINPOINT_TOKEN, citations: {}, terms: {}, order: {} };
  for (const name of CITATION_STYLES) {
    const style = resolveStyle(name);
    for (const [mode, layout] of Object.entries(style.modes) as Array<
      [CiteMode, NonNullable<(typeof style.modes)[CiteMode]>]
    >) {
      for (const record of documents) {
        const plan = planCitation(record, style, layout, undefined);
        table.citations[record.id] ??= {};
        const byStyle = table.citations[record.id] as ShippedTable['citations'][string];
        byStyle[name] ??= {};
        const byMode = byStyle[name] as ShippedTable['citations'][string][string];
        const byFormat = {} as Record<StoredFormat, [string, string]>;
        byMode[mode] = byFormat;
        for (const format of STORED_FORMATS) {
          const plain = renderLive(plan, style, layout, format);
          if (layout === 'bibliography') {
            byFormat[format] = [plain, plain];
            continue;
          }
          const at = (label: string) =>
            renderLive(
              { ...plan, locator: { locator: PINPOINT_TOKEN, label } },
              style,
              layout,
              format,
            );
          const part = at('part');
          byFormat[format] = [plain, part];
          table.terms[name] ??= {};
          const terms = table.terms[name] as NonNullable<ShippedTable['terms'][string]>;
          terms[mode] ??= {} as Record<StoredFormat, Record<TermLabel, string | null>>;
          const byLabel = {} as Record<TermLabel, string | null>;
          for (const label of TERM_LABELS)
            byLabel[label] = termOf(plain, part, at(label), record.id);
          const known = (terms[mode] as Record<string, Record<TermLabel, string | null>>)[format];
          if (known && JSON.stringify(known) !== JSON.stringify(byLabel))
            throw new Error(`${name} ${mode} ${format}: the terms differ between records`);
          (terms[mode] as Record<string, Record<TermLabel, string | null>>)[format] = byLabel;
        }
      }
      if (layout === 'bibliography') {
        const items = documents.map((r) => planCitation(r, style, layout, undefined).item);
        table.order[name] = renderEntriesLive(items, style, 'text').map((e) => e.id);
      }
    }
  }
  return table;
}
