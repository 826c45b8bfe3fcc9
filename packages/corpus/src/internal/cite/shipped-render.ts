import { documents } from '../../bundled.js';
import { BUILTIN_STYLE_NAMES } from './builtin.js';
import { planCitation } from './prepare.js';
import { CITE_FORMATS, type CiteMode, resolveStyle } from './registry.js';
import { renderEntriesLive, renderLive } from './render.js';
import { LOCATOR_LABELS, PINPOINT_TOKEN, type ShippedForms, type ShippedTable } from './shipped.js';

/**
 * Renders, with the live engine, every shipped citation: each corpus record in each built-in
 * style, mode and format, without a pinpoint and with {@link PINPOINT_TOKEN} as the locator of
 * each label a pinpoint is given with,
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
        const byFormat = {} as Record<(typeof CITE_FORMATS)[number], ShippedForms>;
        byMode[mode] = byFormat;
        for (const format of CITE_FORMATS) {
          const plain = renderLive(plan, style, layout, format);
          const forms = { plain } as ShippedForms;
          for (const label of LOCATOR_LABELS)
            forms[label] =
              layout === 'bibliography'
                ? plain
                : renderLive(
                    { ...plan, locator: { locator: PINPOINT_TOKEN, label } },
                    style,
                    layout,
                    format,
                  );
          byFormat[format] = forms;
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
