import type { Layout } from './builtin.js';
import { ensureBuiltinStyles, renderBibliography, renderCitation } from './engine.js';
import { htmlToMarkdown } from './markdown.js';
import type { CitationPlan } from './prepare.js';
import { runningText } from './prepare.js';
import type { CiteFormat, StyleEntry } from './registry.js';

const engineFormat = (format: CiteFormat) => (format === 'text' ? 'text' : 'html');
const finish = (out: string, format: CiteFormat) =>
  format === 'markdown' ? htmlToMarkdown(out) : out;

/** One citation rendered by citeproc through citation-js. */
export function renderLive(
  plan: CitationPlan,
  style: StyleEntry,
  layout: Layout,
  format: CiteFormat,
): string {
  ensure(style);
  if (layout === 'bibliography') {
    const [[, entry]] = renderBibliography([plan.item], style.template, engineFormat(format)) as [
      [string, string],
    ];
    return finish(entry, format);
  }
  const note = renderCitation(
    plan.item,
    { id: plan.item.id, ...plan.locator },
    style.template,
    engineFormat(format),
  );
  // A UN document's note opens with its title; other works' with their author, if any.
  const opensWithTitle = !plan.item.genre || !plan.item.author;
  const text = layout === 'running-text' ? runningText(note, opensWithTitle) : note;
  return finish(text, format);
}

/** Bibliography entries of several records, in the order the style sorts them. */
export function renderEntriesLive(
  items: ReadonlyArray<CitationPlan['item']>,
  style: StyleEntry,
  format: CiteFormat,
): Array<{ id: string; text: string }> {
  ensure(style);
  return renderBibliography(items, style.template, engineFormat(format)).map(([id, text]) => ({
    id,
    text: finish(text, format),
  }));
}

function ensure(style: StyleEntry) {
  if (style.builtin) ensureBuiltinStyles();
}
