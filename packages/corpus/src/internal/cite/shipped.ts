import { escapeMarkdown, htmlToMarkdown } from './markdown.js';
import type { CiteFormat, CiteMode } from './registry.js';

/** Stands for the pinpoint in the shipped citations rendered with one. */
export const PINPOINT_TOKEN = 'ZZPINPOINTZZ';

/** The labels whose term a style prints before the locator; a `part` locator is printed alone. */
export const TERM_LABELS = ['paragraph', 'section'] as const;
export type TermLabel = (typeof TERM_LABELS)[number];

/** The formats the table holds; Markdown is derived from HTML. */
export const STORED_FORMATS = ['text', 'html'] as const;
export type StoredFormat = (typeof STORED_FORMATS)[number];

export interface ShippedTable {
  token: string;
  /**
   * id → style → mode → format (text, html) → [without pinpoint, with {@link PINPOINT_TOKEN} as
   * a `part` locator]. A paragraph or section locator is the same with the style's term before
   * it. Markdown is made from the HTML, as live rendering makes it.
   */
  citations: Record<
    string,
    Record<string, Partial<Record<CiteMode, Record<StoredFormat, [string, string]>>>>
  >;
  /** style → mode → format → label → what the style prints before such a locator; null: the label is not printed. */
  terms: Record<
    string,
    Partial<Record<CiteMode, Record<StoredFormat, Record<TermLabel, string | null>>>>
  >;
  /** Per style with a bibliography, the corpus ids in the style's bibliography order. */
  order: Record<string, string[]>;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&#38;').replace(/</g, '&#60;').replace(/>/g, '&#62;');

// A locator citeproc reads as several ("2-3", "2, 4") takes a plural term: rendered live instead.
const SEVERAL = /[-–,&]| and /;

/** A shipped citation of a corpus record in a built-in style, with the pinpoint put in; `undefined` when not shipped. */
export function shippedText(
  shipped: ShippedTable,
  id: string,
  style: string,
  mode: CiteMode,
  format: CiteFormat,
  cited: { locator: string; label: string } | undefined,
): string | undefined {
  const stored: StoredFormat = format === 'text' ? 'text' : 'html';
  const pair = shipped.citations[id]?.[style]?.[mode]?.[stored];
  if (!pair) return undefined;
  const as = (s: string) => (format === 'markdown' ? htmlToMarkdown(s) : s);
  if (cited === undefined) return as(pair[0]);
  let prefix = '';
  if (cited.label !== 'part') {
    const term = shipped.terms[style]?.[mode]?.[stored]?.[cited.label as TermLabel];
    if (term === undefined || SEVERAL.test(cited.locator)) return undefined;
    if (term === null) return as(pair[0]);
    prefix = as(term);
  }
  const written =
    format === 'html'
      ? escapeHtml(cited.locator)
      : format === 'markdown'
        ? escapeMarkdown(cited.locator)
        : cited.locator;
  return as(pair[1]).replace(shipped.token, () => `${prefix}${written}`);
}

/** The corpus ids in a built-in style's bibliography order. */
export const shippedOrder = (shipped: ShippedTable, style: string): readonly string[] | undefined =>
  shipped.order[style];
