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
 * "January 20th, 2020"), in capitals too, a year that a time was glued to ("17 August
 * 201813:33"), and a UN-style date a PDF copy ran together ("28September 2020", "3 March2021").
 */
export const DATE_PATTERN = new RegExp(
  `\\b(?:(\\d{1,2})${ORDINAL} ?(?:of )?${MONTH},? ?(\\d{4})|${MONTH} (\\d{1,2})${ORDINAL},? (\\d{4}))(?=\\d{1,2}:\\d{2}|\\b|[A-Z])`,
);

const DATES = new RegExp(DATE_PATTERN.source, 'g');
/** A digit standing alone before a one-digit day: the first half of a day an OCR copy split. */
const SPLIT_DAY = /(?:^|[^\d/.,:-])\d $/;

/** The first date written out in a text, as an ISO date, with the words as printed. */
export function findDate(text: string): { iso: string; printed: string } | null {
  DATES.lastIndex = 0;
  let m = DATES.exec(text);
  // "2 7 September 2020": an OCR copy split the day; its 7th is no date (see findGuessedDate).
  while (m && m[1]?.length === 1 && SPLIT_DAY.test(text.slice(Math.max(0, m.index - 3), m.index)))
    m = DATES.exec(text);
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

/**
 * A UN-style date that an OCR copy misread: l or I for 1, O for 0 in the day or year ("l February
 * 199O"), a day split in two ("2 7 September"), c and e, i, l and 1 confused in the month
 * ("Septembcr", "Mareh", "Apri1").
 */
/** A month's letters as an OCR copy confuses them: c and e, i, l and 1. */
const ocrLetters = (name: string) =>
  name
    .replace(/[ec]/g, '[ec]')
    .replace(/[EC]/g, '[EC]')
    .replace(/[il]/g, '[il1]')
    .replace(/[IL]/g, '[IL1]');
const OCR_MONTH = MONTHS.flatMap(cased).map(ocrLetters);
const OCR_DATE = new RegExp(
  `\\b([\\dlIOo]{1,2}|[\\dlIOo] [\\dlIOo])${ORDINAL} (?:of )?(${OCR_MONTH.join('|')}),? ([\\dlIOo]{4})\\b`,
);
const OCR_DIGITS: Record<string, string> = { l: '1', I: '1', O: '0', o: '0', ' ': '' };

/** Each month as an OCR copy may print it ("Septembcr", "Mareh", "Apri1"). */
const OCR_MONTHS = MONTHS.map((name) => [name, new RegExp(`^${ocrLetters(name)}$`, 'i')] as const);

/**
 * {@link findDate} for an OCR copy: the first UN-style date it misread (see `OCR_DATE`), repaired,
 * with `guessed` set; null when there is none, or it is no date once repaired.
 */
export function findGuessedDate(
  text: string,
): { iso: string; printed: string; guessed: true } | null {
  const m = OCR_DATE.exec(text);
  const month = OCR_MONTHS.find(([, read]) => read.test(m?.[2] ?? ''))?.[0];
  if (!m || !month || (!/[lIOo ]/.test(`${m[1]}${m[3]}`) && m[2]?.toLowerCase() === month))
    return null;
  const repair = (s: string) => s.replace(/[lIOo ]/g, (c) => OCR_DIGITS[c] as string);
  const found = findDate(`${repair(m[1] as string)} ${month} ${repair(m[3] as string)}`);
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
