import type { CslItem } from './csl.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/**
 * Text escaped for a BibTeX field (UTF-8 kept: bibtex8, biber and modern LaTeX read it). A pair of
 * straight double quotes becomes TeX's ``…'' so that it prints as quotation marks, not as two
 * closing ones.
 */
export const escapeTeX = (text: string) =>
  text
    .replace(/[\\{}&%$#_^~]/g, (c) => SPECIAL[c] as string)
    .replace(/"([^"]*)"/g, "``$1''")
    .replace(/\s+/g, ' ');

/**
 * One BibTeX entry. A UN document is a `@techreport` of its organs (each name braced, so that
 * BibTeX reads it as a corporate author), with the symbol as its `number`; a press release or
 * statement is a `@misc` with `howpublished`. Titles are braced whole: their case is as printed.
 * `month` is a month macro and `date` (ISO) is added for biber.
 */
export function toBibTeX(item: CslItem): string {
  const date = item.issued?.['date-parts'][0];
  const isDocument = item.publisher === 'United Nations';
  const fields: Array<[string, string | undefined]> = [
    ['author', item.author?.map((a) => `{${escapeTeX(a.literal)}}`).join(' and ')],
    ['title', `{${escapeTeX(item.title)}}`],
    [isDocument ? 'institution' : 'publisher', item.publisher && escapeTeX(item.publisher)],
    ['address', item['publisher-place'] && escapeTeX(item['publisher-place'])],
    ['number', item.number && escapeTeX(item.number)],
    ['howpublished', isDocument ? undefined : item.genre],
    ['year', date ? String(date[0]) : undefined],
    [
      'date',
      date
        ? date.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-')
        : undefined,
    ],
    ['url', item.URL],
    ['language', item.language],
  ];
  const body = fields.flatMap(([k, v]) => (v ? [`  ${k} = {${v}},`] : []));
  if (date)
    body.splice(
      body.findIndex((l) => l.startsWith('  year')) + 1,
      0,
      `  month = ${MONTHS[date[1] - 1]},`,
    );
  return `@${isDocument ? 'techreport' : 'misc'}{${item['citation-key']},\n${body.join('\n')}\n}\n`;
}

/**
 * One BibLaTeX entry as biblatex-oscola reads it. A UN document is `@misc` with
 * `entrysubtype = {undoc}`: the organs as OSCOLA abbreviates them (`{UNGA} and {UNSC}`), the title,
 * the ISO date and `number = {UN Doc …}`; a press release or statement is `@misc` with its issuer
 * and `howpublished`. Nothing absent from the record is written.
 */
export function toBibLaTeX(item: CslItem, organAuthor: string | undefined): string {
  const date = item.issued?.['date-parts'][0];
  const isDocument = item.publisher === 'United Nations';
  const authors = isDocument ? organAuthor?.split(' and ') : item.author?.map((a) => a.literal);
  const fields: Array<[string, string | undefined]> = [
    ['entrysubtype', isDocument ? 'undoc' : undefined],
    ['author', authors?.map((a) => `{${escapeTeX(a)}}`).join(' and ')],
    ['title', `{${escapeTeX(item.title)}}`],
    ['howpublished', isDocument ? undefined : item.genre],
    ['location', item['publisher-place'] && escapeTeX(item['publisher-place'])],
    ['date', date?.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-')],
    ['number', item.number && `UN Doc ${escapeTeX(item.number)}`],
    ['url', item.URL],
    ['langid', item.language === 'en' ? 'english' : undefined],
  ];
  const body = fields.flatMap(([k, v]) => (v ? [`  ${k} = {${v}},`] : []));
  return `@misc{${item['citation-key']},\n${body.join('\n')}\n}\n`;
}
