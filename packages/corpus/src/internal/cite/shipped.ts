import { escapeMarkdown } from './markdown.js';
import type { CiteFormat, CiteMode } from './registry.js';
import table from './shipped-citations.json';

/** Stands for the pinpoint in the shipped citations rendered with one. */
export const PINPOINT_TOKEN = 'ZZPINPOINTZZ';

/** The CSL locator labels a built-in style's pinpoint is given with (see `builtinLocator`). */
export const LOCATOR_LABELS = ['paragraph', 'section', 'part'] as const;
export type LocatorLabel = (typeof LOCATOR_LABELS)[number];

/** One citation without a pinpoint, and with {@link PINPOINT_TOKEN} as the locator of each label. */
export type ShippedForms = { plain: string } & Record<LocatorLabel, string>;

export interface ShippedTable {
  token: string;
  /** id → style → mode → format → forms. */
  citations: Record<
    string,
    Record<string, Partial<Record<CiteMode, Record<CiteFormat, ShippedForms>>>>
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
  cited: { locator: string; label: string } | undefined,
): string | undefined {
  const forms = shipped.citations[id]?.[style]?.[mode]?.[format];
  if (!forms) return undefined;
  if (cited === undefined) return forms.plain;
  const form = forms[cited.label as LocatorLabel];
  if (form === undefined) return undefined;
  const { locator } = cited;
  const written =
    format === 'html'
      ? escapeHtml(locator)
      : format === 'markdown'
        ? escapeMarkdown(locator)
        : locator;
  return form.replace(shipped.token, () => written);
}

/** The corpus ids in a built-in style's bibliography order. */
export const shippedOrder = (style: string): readonly string[] | undefined => shipped.order[style];
