import { escapeMarkdown } from './markdown.js';
import type { CiteFormat, CiteMode } from './registry.js';
import table from './shipped-citations.json';

/** Stands for the pinpoint in the shipped citations rendered with one. */
export const PINPOINT_TOKEN = 'ZZPINPOINTZZ';

export interface ShippedTable {
  token: string;
  /** id → style → mode → format → [without pinpoint, with {@link PINPOINT_TOKEN}]. */
  citations: Record<
    string,
    Record<string, Partial<Record<CiteMode, Record<CiteFormat, [string, string]>>>>
  >;
  /** Per style with a bibliography, the corpus ids in the style's bibliography order. */
  order: Record<string, string[]>;
}

const shipped = table as unknown as ShippedTable;

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&#38;').replace(/</g, '&#60;').replace(/>/g, '&#62;');

/** A shipped citation of a corpus record in a built-in style, with the pinpoint put in; `undefined` when not shipped. */
export function shippedText(
  id: string,
  style: string,
  mode: CiteMode,
  format: CiteFormat,
  locator: string | undefined,
): string | undefined {
  const pair = shipped.citations[id]?.[style]?.[mode]?.[format];
  if (!pair) return undefined;
  if (locator === undefined) return pair[0];
  const written =
    format === 'html'
      ? escapeHtml(locator)
      : format === 'markdown'
        ? escapeMarkdown(locator)
        : locator;
  return pair[1].replace(shipped.token, () => written);
}

/** The corpus ids in a built-in style's bibliography order. */
export const shippedOrder = (style: string): readonly string[] | undefined => shipped.order[style];
