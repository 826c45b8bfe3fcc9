import { toRoman } from '@black-january/un-symbols';
import { CiteError, type Issue } from '../../errors.js';
import { passageAt } from '../../passages.js';
import type { DocumentRecord } from '../../schema.js';
import type { BuiltinStyle } from './builtin.js';

/** A place in a document to cite: an annex, a section label, a paragraph (of the annex when both are given). */
export interface Pinpoint {
  annex?: number;
  section?: string;
  paragraph?: number;
}

const SECTION = /^[0-9A-Za-z]+(?:[.-][0-9A-Za-z]+)*$/;
// A heading that numbers a section: "II. Background", "2.1 Scope", "B) Facts", "Section 3". A
// numeral or letter needs its stop or bracket, so that "I wish" or "A Sense of" is no section.
const NUMBERED =
  /^(?:Section\s+([0-9]+(?:\.[0-9]+)*|[IVXLC]+)|([0-9]+(?:\.[0-9]+)*)[.):]?|([IVXLC]+|[A-Z])[.):])(?:\s|$)/;

/** The section labels a record's headings print ("II" for "II. Background"), body and annexes. */
export function sectionLabels(record: DocumentRecord): string[] {
  const blocks = [...record.body, ...record.annexes.flatMap((a) => a.body)];
  return blocks.flatMap((b) =>
    b.type === 'heading' && b.role !== 'title'
      ? (NUMBERED.exec(b.text)?.slice(1).filter(Boolean) ?? [])
      : [],
  ) as string[];
}

/** Checks a pinpoint against the record. @throws CiteError when the annex, section or paragraph does not exist. */
export function checkPinpoint(record: DocumentRecord, pin: Pinpoint): void {
  const bad = (message: string, field: string) => {
    throw new CiteError(message, 'invalid-pinpoint', [
      { code: 'invalid-pinpoint', message, path: ['pinpoint', field] },
    ]);
  };
  if (pin.annex !== undefined && !record.annexes.some((a) => a.n === pin.annex))
    bad(
      `${record.id} has no annex ${pin.annex}${record.annexes.length ? ` (annexes: ${record.annexes.map((a) => a.n).join(', ')})` : ' (it has no annexes)'}`,
      'annex',
    );
  if (pin.section !== undefined && !SECTION.test(pin.section))
    bad(`section "${pin.section}" is not a section label such as III, 2 or 2.1`, 'section');
  if (pin.section !== undefined) {
    const labels = sectionLabels(record);
    // A range "2-3" is cited when both ends are sections of the record.
    const missing = pin.section.split('-').find((s) => !labels.includes(s));
    if (missing !== undefined)
      bad(
        `${record.id} has no section ${missing}${labels.length ? ` (sections: ${labels.join(', ')})` : ' (it has no numbered sections)'}`,
        'section',
      );
  }
  if (pin.paragraph !== undefined) {
    const locator =
      pin.annex === undefined
        ? { paragraph: pin.paragraph }
        : { annex: pin.annex, paragraph: pin.paragraph };
    if (!Number.isInteger(pin.paragraph) || !passageAt(record, locator))
      bad(
        `${record.id} has no paragraph ${pin.paragraph}${pin.annex === undefined ? '' : ` in annex ${pin.annex}`}`,
        'paragraph',
      );
  }
}

const isEmpty = (pin: Pinpoint | undefined) =>
  !pin || (pin.annex === undefined && pin.section === undefined && pin.paragraph === undefined);

/**
 * The pinpoint as a built-in style writes it, larger unit first ("annex II, para. 6"); a single
 * annex is "annex". Units the style cannot cite are left out with a warning.
 */
export function formatPinpoint(
  record: DocumentRecord,
  pin: Pinpoint | undefined,
  style: BuiltinStyle,
  warnings: Issue[],
): string | undefined {
  if (isEmpty(pin) || !pin) return undefined;
  const parts: string[] = [];
  const { annex, section, paragraph } = style.pinpoint;
  if (pin.annex !== undefined)
    parts.push(record.annexes.length > 1 ? `${annex} ${toRoman(pin.annex)}` : annex);
  if (pin.section !== undefined) parts.push(`${section} ${pin.section}`);
  if (pin.paragraph !== undefined) {
    if (paragraph) parts.push(`${paragraph} ${pin.paragraph}`);
    else
      warnings.push({
        code: 'pinpoint-unnumbered',
        message: `paragraph ${pin.paragraph} left out: the UN Editorial Manual cites paragraphs by the numbers a document prints, and letters, press releases and statements print none`,
        path: ['pinpoint', 'paragraph'],
      });
  }
  return parts.length ? parts.join(', ') : undefined;
}

/**
 * The CSL locator of a pinpoint in a built-in style, as a pandoc or Zotero user writes it: a
 * paragraph alone is `paragraph` (`[@id, para. 3]`), a section alone `section` (`[@id, sec. II]`),
 * and anything with an annex, or a section and a paragraph, is `part` with the pinpoint written as
 * the style writes it (`[@id, {part annex, para 3}]`), since CSL gives a citation one locator and
 * has no annex label. The style prints its own term before a paragraph or section.
 */
export function builtinLocator(
  record: DocumentRecord,
  pin: Pinpoint | undefined,
  style: BuiltinStyle,
  warnings: Issue[],
): { locator: string; label: string } | undefined {
  if (isEmpty(pin) || !pin) return undefined;
  if (pin.annex === undefined && (pin.section === undefined) !== (pin.paragraph === undefined)) {
    if (pin.section !== undefined) return { locator: pin.section, label: 'section' };
    const text = formatPinpoint(record, pin, style, warnings);
    return text ? { locator: String(pin.paragraph), label: 'paragraph' } : undefined;
  }
  const text = formatPinpoint(record, pin, style, warnings);
  return text ? { locator: text, label: 'part' } : undefined;
}

/** The pinpoint for a style registered by the user: CSL gives a citation one locator with one label. */
export function cslLocator(
  pin: Pinpoint | undefined,
  warnings: Issue[],
): { locator: string; label: string } | undefined {
  if (isEmpty(pin) || !pin) return undefined;
  if (pin.annex !== undefined)
    warnings.push({
      code: 'pinpoint-annex-dropped',
      message: `annex ${pin.annex} left out: a CSL citation has one locator, and annex is not a CSL locator label`,
      path: ['pinpoint', 'annex'],
    });
  if (pin.paragraph !== undefined) {
    if (pin.section !== undefined)
      warnings.push({
        code: 'pinpoint-section-dropped',
        message: `section ${pin.section} left out: a CSL citation has one locator`,
        path: ['pinpoint', 'section'],
      });
    return { locator: String(pin.paragraph), label: 'paragraph' };
  }
  return pin.section === undefined ? undefined : { locator: pin.section, label: 'section' };
}
