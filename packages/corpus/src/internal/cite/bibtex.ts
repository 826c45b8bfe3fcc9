import { type CslItem, titleOf } from './csl.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  // Not \{ and \}: BibTeX counts braces without regard to backslashes, so an unbalanced \} would
  // still close the field. These commands carry their own balanced pair.
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/**
 * Text escaped for a BibTeX field (UTF-8 kept: bibtex8, biber and modern LaTeX read it). Every
 * character TeX or BibTeX gives a meaning to is escaped, so a field can neither close its braces
 * nor run a command (`\input`, `\write18`, `^^5c`); control characters are dropped and white space
 * folded to one line. A pair of straight double quotes becomes TeX's ``…'' so that it prints as
 * quotation marks, not as two closing ones.
 */
export const escapeTeX = (text: string) =>
  text
    .replace(CONTROLS, '')
    .replace(/[\\{}&%$#_^~]/g, (c) => SPECIAL[c] as string)
    .replace(/"([^"]*)"/g, "``$1''")
    .replace(/\s+/g, ' ');

/** A citation key BibTeX and biber accept: characters outside `[A-Za-z0-9_:.-]` become `-`. */
const bibKey = (key: string) => key.replace(/[^A-Za-z0-9_:.-]/g, '-') || 'record';

/**
 * A URL for a verbatim `url` field: every character a URL may not hold raw (space, braces,
 * backslash, quotes, controls, non-ASCII) percent-encoded, so that braces stay balanced.
 */
const bibUrl = (url: string) =>
  url.replace(/[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/g, (c) =>
    Array.from(
      new TextEncoder().encode(c),
      (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    ).join(''),
  );

/** A field's value: braced text, or a bare macro (`month = jan`). */
type Field = [name: string, value: string | undefined, bare?: 'macro'];

const entry = (type: string, key: string, fields: Field[]) =>
  `@${type}{${bibKey(key)},\n${fields
    .flatMap(([k, v, bare]) => (v ? [`  ${k} = ${bare ? v : `{${v}}`},`] : []))
    .join('\n')}\n}\n`;

/**
 * One BibTeX entry. A UN document is a `@techreport` of its organs (each name braced, so that
 * BibTeX reads it as a corporate author), with the symbol as its `number`; a press release or
 * statement is a `@misc` with `howpublished`. Titles are braced whole: their case is as printed.
 * `month` is a month macro and `date` (ISO) is added for biber.
 */
export function toBibTeX(item: CslItem): string {
  const date = item.issued?.['date-parts'][0];
  const isDocument = item.publisher === 'United Nations';
  const text = (v: string | undefined) => v && escapeTeX(v);
  return entry(isDocument ? 'techreport' : 'misc', item['citation-key'], [
    ['author', item.author?.map((a) => `{${escapeTeX(a.literal)}}`).join(' and ')],
    ['title', `{${escapeTeX(titleOf(item))}}`],
    [isDocument ? 'institution' : 'publisher', text(item.publisher)],
    ['address', text(item['publisher-place'])],
    ['number', text(item.number)],
    ['howpublished', isDocument ? undefined : text(item.genre)],
    ['year', date ? String(date[0]) : undefined],
    ['month', date ? MONTHS[date[1] - 1] : undefined, 'macro'],
    ['date', isoDate(date)],
    ['url', item.URL && bibUrl(item.URL)],
    ['language', text(item.language)],
  ]);
}

const isoDate = (date: number[] | undefined) =>
  date?.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-');

/**
 * One BibLaTeX entry as biblatex-oscola reads it. A UN document is `@misc` with
 * `entrysubtype = {undoc}`: the organs as OSCOLA abbreviates them (`{UNGA} and {UNSC}`), the title,
 * the ISO date and `number = {UN Doc …}`; a press release or statement is `@misc` with its issuer
 * and `howpublished`. Nothing absent from the record is written.
 */
export function toBibLaTeX(item: CslItem): string {
  const date = item.issued?.['date-parts'][0];
  const isDocument = item.publisher === 'United Nations';
  const authors = isDocument ? item.authority?.split(' and ') : item.author?.map((a) => a.literal);
  return entry('misc', item['citation-key'], [
    ['entrysubtype', isDocument ? 'undoc' : undefined],
    ['author', authors?.map((a) => `{${escapeTeX(a)}}`).join(' and ')],
    ['title', `{${escapeTeX(titleOf(item))}}`],
    ['howpublished', isDocument ? undefined : item.genre && escapeTeX(item.genre)],
    ['location', item['publisher-place'] && escapeTeX(item['publisher-place'])],
    ['date', isoDate(date)],
    ['number', item.number && `UN Doc ${escapeTeX(item.number)}`],
    ['url', item.URL && bibUrl(item.URL)],
    ['langid', item.language === 'en' ? 'english' : undefined],
  ]);
}
