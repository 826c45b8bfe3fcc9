import { documents } from '../../bundled.js';
import { BUILTIN_STYLE_NAMES } from './builtin.js';
import { planCitation } from './prepare.js';
import { CITE_FORMATS, type CiteMode, resolveStyle } from './registry.js';
import { renderEntriesLive, renderLive } from './render.js';
import { PINPOINT_TOKEN, type ShippedTable } from './shipped.js';

/**
 * Renders, with the live engine, every shipped citation: each corpus record in each built-in
 * style, mode and format, without a pinpoint and with {@link PINPOINT_TOKEN} as the pinpoint,
 * plus each style's bibliography order. The build writes it out; a test compares it with the file.
 */
export function renderShippedTable(): ShippedTable {
  const table: ShippedTable = { token: PINPOINT_TOKEN, citations: {}, order: {} };
  for (const name of BUILTIN_STYLE_NAMES) {
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
        const byFormat = {} as Record<(typeof CITE_FORMATS)[number], [string, string]>;
        byMode[mode] = byFormat;
        for (const format of CITE_FORMATS) {
          const plain = renderLive(plan, style, layout, format);
          const pinned =
            layout === 'bibliography'
              ? plain
              : renderLive(
                  { ...plan, locator: { locator: PINPOINT_TOKEN, label: 'paragraph' } },
                  style,
                  layout,
                  format,
                );
          byFormat[format] = [plain, pinned];
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
