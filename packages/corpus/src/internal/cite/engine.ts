import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { CITATION_STYLES } from '../../vocabulary.js';
import { STYLE_XML } from './styles.generated.js';

/** Output formats citeproc renders; Markdown is made from HTML. */
export type EngineFormat = 'text' | 'html';

const csl = plugins.config.get('@csl');
/** Built-in styles live under their own prefix so that citation-js's stock `apa` is left alone. */
export const builtinTemplate = (name: string) => `black-january/${name}`;

let registered = false;
/** Registers the built-in styles with citation-js, once. Engines are then built once per style and cached by citation-js. */
export function ensureBuiltinStyles(): void {
  if (registered) return;
  for (const name of CITATION_STYLES) csl.styles.add(builtinTemplate(name), STYLE_XML[name]);
  registered = true;
}

export const addTemplate = (template: string, xml: string) => csl.styles.add(template, xml);
export const addLocale = (lang: string, xml: string) => csl.locales.add(lang, xml);
export const hasLocale = (lang: string) =>
  csl.locales.has(lang) || csl.locales.has(lang.replace('-', '_'));

export interface CitationItem {
  id: string;
  locator?: string;
  label?: string;
}

/**
 * citeproc-js reads en-US labels inside a locator and drops them ("para. 2" becomes "2"). A
 * preformatted pinpoint travels with its spaces swapped for a private-use character, which
 * citeproc leaves alone, and gets them back after rendering.
 */
const SPACE_STAND_IN = '\uE000';

/** One citation of one item through the style's citation layout. */
export function renderCitation(
  item: object & { id: string },
  cited: CitationItem,
  template: string,
  format: EngineFormat,
): string {
  const entry = cited.locator
    ? { ...cited, locator: cited.locator.replaceAll(' ', SPACE_STAND_IN) }
    : cited;
  const out = plugins.output.format('citation', [item], { template, format, entry: [entry] });
  return String(out).replaceAll(SPACE_STAND_IN, ' ').trim();
}

/** Bibliography entries through the style's bibliography layout, in the style's order: [id, entry]. */
export function renderBibliography(
  items: ReadonlyArray<object & { id: string }>,
  template: string,
  format: EngineFormat,
): Array<[string, string]> {
  const out = plugins.output.format('bibliography', items, {
    template,
    format,
    asEntryArray: true,
  });
  return (out as Array<[string, string]>).map(([id, entry]) => [id, unwrapEntry(entry, format)]);
}

/** An entry without citeproc's `<div class="csl-entry">` wrapper and trailing newline. */
function unwrapEntry(entry: string, format: EngineFormat): string {
  const trimmed = entry.trim();
  if (format === 'text') return trimmed;
  const match = /^<div[^>]*class="csl-entry"[^>]*>([\s\S]*)<\/div>$/.exec(trimmed);
  return (match?.[1] ?? trimmed).trim();
}
