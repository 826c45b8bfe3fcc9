const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const ORDINAL = '(?:st|nd|rd|th|ST|ND|RD|TH)?';
/** Abbreviations a web page or press release prints ("Sept. 28, 2020", "28 Jan 2021"). */
const SHORT = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec'];
/** As printed, in capitals, and in lower case (a copy that lowered a whole page: "28 september 2020"). */
const cased = (m: string) => [`${m[0]?.toUpperCase()}${m.slice(1)}`, m.toUpperCase(), m];
const MONTH = `(${[
  ...MONTHS.flatMap(cased),
  ...SHORT.flatMap(cased).map((m) => `${m}\\.?(?![a-z])`),
].join('|')})`;

/**
 * "17 January 2020" (UN style), "January 20, 2024" (US style), with the commas, zero-padded days
 * and ordinals web pages print ("19 April, 2021", "January 02 2018", "20th of January 2020",
 * "January 20th, 2020"), in capitals too, and a year that a time was glued to ("17 August
 * 201813:33").
 */
export const DATE_PATTERN = new RegExp(
  `\\b(?:(\\d{1,2})${ORDINAL} (?:of )?${MONTH},? (\\d{4})|${MONTH} (\\d{1,2})${ORDINAL},? (\\d{4}))(?=\\d{1,2}:\\d{2}|\\b)`,
);

/** The first date written out in a text, as an ISO date, with the words as printed. */
export function findDate(text: string): { iso: string; printed: string } | null {
  const m = DATE_PATTERN.exec(text);
  if (!m) return null;
  const [day, month, year] = m[1] ? [m[1], m[2], m[3]] : [m[5], m[4], m[6]];
  const name = (month as string).toLowerCase().replace(/\.$/, '');
  const monthIndex = MONTHS.findIndex((m) => m.startsWith(name));
  const d = Number(day);
  const y = Number(year);
  const probe = new Date(Date.UTC(y, monthIndex, d));
  if (probe.getUTCMonth() !== monthIndex || probe.getUTCDate() !== d) return null;
  return {
    iso: `${year}-${String(monthIndex + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    printed: m[0],
  };
}

/** A UN-style date whose day or year an OCR copy misread: l or I for 1, O for 0 ("l February 199O"). */
const OCR_DATE = new RegExp(`\\b([\\dlIOo]{1,2})${ORDINAL} (?:of )?${MONTH},? ([\\dlIOo]{4})\\b`);
const OCR_DIGITS: Record<string, string> = { l: '1', I: '1', O: '0', o: '0' };

/**
 * {@link findDate} for an OCR copy: the first UN-style date whose day or year has letters for
 * digits, repaired, with `guessed` set; null when there is none, or it is no date once repaired.
 */
export function findGuessedDate(
  text: string,
): { iso: string; printed: string; guessed: true } | null {
  const m = OCR_DATE.exec(text);
  if (!m || !/[lIOo]/.test(`${m[1]}${m[3]}`)) return null;
  const repair = (s: string) => s.replace(/[lIOo]/g, (c) => OCR_DIGITS[c] as string);
  const found = findDate(`${repair(m[1] as string)} ${m[2]} ${repair(m[3] as string)}`);
  const year = Number(found?.iso.slice(0, 4));
  return found && year >= 1945 && year < 2100
    ? { iso: found.iso, printed: m[0], guessed: true }
    : null;
}

const UNITS = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
];
const TEENS = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const CARDINALS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TENS = ['', '', 'twent', 'thirt', 'fort', 'fift', 'sixt', 'sevent', 'eight', 'ninet'];

/** "Seventy-fourth" → 74, "Tenth" → 10, "Hundredth" → 100 (1 to 199); null if not an ordinal word. */
export function ordinalWord(word: string): number | null {
  // "Seventy - fourth" and "Seventy fourth", as copies print it, are "seventy-fourth".
  let w = word
    .toLowerCase()
    .trim()
    .replace(
      /\s*-\s*|(?<=ty)\s+(?=(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)$)/g,
      '-',
    );
  let base = 0;
  if (w.startsWith('one hundred and ') || w.startsWith('hundred and ')) {
    base = 100;
    w = w.replace(/^(one )?hundred and /, '');
  } else if (w === 'hundredth' || w === 'one hundredth') return 100;
  const teen = TEENS.indexOf(w);
  if (teen >= 0) return base + 10 + teen;
  const unit = UNITS.indexOf(w);
  if (unit > 0) return base + unit;
  const m = /^([a-z]+?)(?:ieth|y-([a-z]+))$/.exec(w);
  if (!m) return null;
  const tens = TENS.indexOf(m[1] as string);
  if (tens < 2) return null;
  if (!m[2]) return base + tens * 10;
  // Mastheads misprint a cardinal now and then ("Sixty-eight year"); its value is not in doubt.
  const u = Math.max(UNITS.indexOf(m[2]), CARDINALS.indexOf(m[2]));
  return u > 0 ? base + tens * 10 + u : null;
}
