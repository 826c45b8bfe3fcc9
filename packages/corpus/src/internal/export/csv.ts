import type { DocumentRecord } from '../../schema.js';

// OWASP: a spreadsheet runs a cell that starts with = + - @ (or a tab or CR before one) as a
// formula; such a cell is prefixed with ' and quoted, so it shows as the text it is.
const FORMULA = /^[=+\-@\t\r]/;

/** One CSV cell (RFC 4180 quoting), safe to open in a spreadsheet. */
export function csvCell(value: string): string {
  const cell = FORMULA.test(value) ? `'${value}` : value;
  return cell !== value || /[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The columns of the CSV export: a name and how a record fills it. */
export const CSV_COLUMNS: ReadonlyArray<readonly [string, (r: DocumentRecord) => string]> = [
  ['id', (r) => r.id],
  ['kind', (r) => r.kind],
  ['date', (r) => r.date ?? ''],
  ['distribution_date', (r) => r.distributionDate ?? ''],
  ['title', (r) => r.title],
  ['symbols', (r) => r.symbols.join(' ')],
  ['organs', (r) => r.organs.map((o) => o.organ).join('; ')],
  ['issuer', (r) => r.issuer?.name ?? ''],
  ['source_file', (r) => r.source.fileName],
  ['source_sha256', (r) => r.source.sha256],
];

/** A record as one CSV row, CRLF-terminated. */
export const csvRow = (record: DocumentRecord): string =>
  `${CSV_COLUMNS.map(([, value]) => csvCell(value(record))).join(',')}\r\n`;
