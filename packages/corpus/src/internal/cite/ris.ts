import { type CslItem, titleOf } from './csl.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;
const TYPES: Record<string, string> = { 'Press release': 'PRESS', Statement: 'GEN' };

/**
 * One RIS record (CRLF line ends, one tag per line, values on one line). A UN document is `RPRT`
 * with its symbol as the report number (`SN`, as reference managers read it); a press release is
 * `PRESS`, a statement `GEN`. Each organ or issuer is an `AU`. Tags follow the 2011 RIS
 * specification throughout (readers such as citation-js refuse records that mix it with the old
 * one), so the record id is the accession number `AN`, not the old `ID`.
 */
export function toRIS(item: CslItem): string {
  const date = item.issued?.['date-parts'][0];
  // One line per tag, so one record stays one record: line breaks of every kind folded, controls dropped.
  const one = (s: string) =>
    s
      .replace(CONTROLS, '')
      .replace(/[\s\u0085]+/g, ' ')
      .trim();
  const lines: Array<[string, string | undefined]> = [
    ['TY', item.genre ? (TYPES[item.genre] ?? 'GEN') : 'RPRT'],
    ['AN', item['citation-key']],
    ...(item.author ?? []).map((a): [string, string] => ['AU', a.literal]),
    ['TI', titleOf(item)],
    ['PY', date ? String(date[0]) : undefined],
    [
      'DA',
      date
        ? `${date[0]}/${String(date[1]).padStart(2, '0')}/${String(date[2]).padStart(2, '0')}/`
        : undefined,
    ],
    ['PB', item.publisher],
    ['CY', item['publisher-place']],
    ['SN', item.number],
    ['M3', item.genre],
    ['UR', item.URL],
    ['LA', item.language],
    ['DB', item.source],
  ];
  return `${lines.flatMap(([tag, v]) => (v ? [`${tag}  - ${one(v)}`] : [])).join('\r\n')}\r\nER  - \r\n`;
}
