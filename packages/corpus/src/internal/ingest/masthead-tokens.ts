import { type ExtractedSymbol, extractSymbols } from '@black-january/un-symbols';
import { DATE_PATTERN, findDate, findGuessedDate } from './dates.js';
import type { Line } from './lines.js';

/** One fact a masthead prints, or a run of words that is none (an agenda title, say). */
export type MastheadToken = { line: Line; text: string } & (
  | { kind: 'logo' }
  | { kind: 'symbol'; symbol: ExtractedSymbol }
  | { kind: 'organ'; organ: MastheadOrgan }
  | { kind: 'body' }
  | {
      kind: 'period';
      ordinal: string;
      period: Period;
      owner: Owner;
    }
  | { kind: 'distribution'; value: string }
  | { kind: 'original'; language: string }
  | {
      kind: 'agenda';
      numbers: string;
      list: 'agenda' | 'provisional' | 'preliminary';
      owner: Owner;
    }
  | { kind: 'date'; iso: string; guessed?: true }
  | { kind: 'footnote' }
  | { kind: 'words' }
);

/**
 * Whose session or agenda a fact is: the nearest body named before it, passing over the Security
 * Council (which counts years, not sessions); the Assembly's when none is named.
 */
export type Owner = 'assembly' | 'other';

export type MastheadOrgan = 'General Assembly' | 'Security Council' | 'Economic and Social Council';

// The organs a masthead names, each also as older mastheads print it, in capitals.
const ORGANS: readonly MastheadOrgan[] = [
  'General Assembly',
  'Security Council',
  'Economic and Social Council',
];
// An OCR copy confuses l, I and 1, and O and 0: "Security Counci1", "GENERAL ASSEMBLY".
const OCR_LOOSE: Record<string, string> = {
  l: '[l1iI|]',
  i: '[i1l|]',
  I: '[I1l|]',
  L: '[L1I|]',
  o: '[o0]',
  O: '[O0]',
};
const loose = (name: string) =>
  name.replace(/[liILoO]/g, (c) => OCR_LOOSE[c] as string).replace(/m/g, '(?:m|rn)');
const ORGAN_PATTERNS = ORGANS.map(
  (o) => [o, new RegExp(`^(?:${loose(o)}|${loose(o.toUpperCase())})$`)] as const,
);
const organNamed = (text: string) => ORGAN_PATTERNS.find(([, p]) => p.test(text))?.[0];

/** The United Nations logo line's words, or a web copy's "U.N. Document" header. */
export const LOGO_WORDS = /^(?:United Nations|UNITED NATIONS|U\.\s?N\.\s+Doc(?:ument|\.)?)/;
/** "Seventy-fourth", and as copies print it: "Seventy - fourth", "Seventy fourth". */
const ORDINAL =
  '[A-Z][a-z]+(?: ?- ?[A-Za-z][a-z]+| (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))?(?: hundred(?: and [a-z]+(?:-[a-z]+)?)?)?';
/** An item and its sub-items: "34", "69 (b)", "68 (b) and (c)". */
const ITEM = '\\d{1,3}(?: ?\\([a-z]\\)(?:(?:,|,? and) ?\\([a-z]\\))*)?';
const NUMBERS = `${ITEM}(?:(?:,| and|,? and) ${ITEM})*`;
/** "item", and as an OCR copy may print it, rn for m ("itern"). */
const ITEM_WORD = 'ite(?:m|rn)';
const AGENDA_HEAD = `(?:(Provisional )?Agenda ${ITEM_WORD}s? (${NUMBERS})|${ITEM_WORD.replace('i', 'I')}s? (${NUMBERS}) of the (provisional|preliminary) (?:agenda|list))\\*?`;
/** An agenda head ending a text (a line, or a flattened masthead): its item's title comes next. */
export const ENDS_WITH_AGENDA_HEAD = new RegExp(`(?:^|\\s)${AGENDA_HEAD}\\s*$`, 'i');
/** An agenda head opening a text: its item's title may follow on the same line. */
export const STARTS_WITH_AGENDA_HEAD = new RegExp(`^${AGENDA_HEAD}`, 'i');
/** A distribution as its first letter names it, an OCR copy's "1imited" too. */
const distributionNamed = (printed: string) =>
  /^g/i.test(printed) ? 'General' : /^r/i.test(printed) ? 'Restricted' : 'Limited';
const LANGUAGE_NAMES = ['Arabic', 'Chinese', 'English', 'French', 'Russian', 'Spanish']
  .flatMap((l) => [l, l.toUpperCase()])
  .join('|');
/**
 * Each fact at the start of the remaining text; tried in order, the first that matches wins. The
 * logo's words stand alone or before a symbol (a PDF copy may run it on: "United NationsA/75/356"),
 * a sigil or an organ: "United Nations Relief and Works Agency…" opening a line is an agenda title's.
 */
const FACTS: Array<[MastheadToken['kind'], RegExp]> = [
  [
    'logo',
    new RegExp(
      `${LOGO_WORDS.source}(?=\\s*$|\\s*[A-Z]+\\s?\\/|\\s+(?:[ASE](?:\\s|$)|General Assembly|Security Council|Economic and Social Council|GENERAL ASSEMBLY|SECURITY COUNCIL|Distr\\.))`,
    ),
  ],
  [
    'organ',
    new RegExp(
      `^(?:${[...ORGANS, ...ORGANS.map((o) => o.toUpperCase())].map(loose).join('|')})(?:\\b|(?=[A-Z0-9]))`,
    ),
  ],
  [
    'period',
    new RegExp(
      `^(${ORDINAL}) (emergency special session|special session|session|year)(?:\\b|(?=[A-Z]))`,
    ),
  ],
  // A PDF copy may run the next fact on: "Security CouncilSeventy-sixth year", "General3 March 2021".
  // An OCR copy's l/1/i ("Generai", "Distr,:") read through; the value is named in full below.
  [
    'distribution',
    new RegExp(
      `^Distr[.,]?\\s*:?\\s*(${loose('General')}|${loose('Limited')}|${loose('Restricted')})(?:\\b|(?=\\d))`,
      'i',
    ),
  ],
  // "Original: English", and a text drafted in several: "English and French", "English/French";
  // case-sensitive, so that a word a PDF copy runs on is not the language's ("EnglishGeneral").
  [
    'original',
    new RegExp(
      `^(?:[O0](?:${loose('riginal')}|${loose('RIGINAL')})|original)\\s*:\\s*((?:[A-Z][a-z1|]+|[A-Z][A-Zl1|]{3,})(?:(?: ?[,/] ?|,? (?:and|AND) )(?:${LANGUAGE_NAMES})\\b)*)`,
    ),
  ],
  ['agenda', STARTS_WITH_AGENDA_HEAD],
];
type Period = 'year' | 'regular' | 'special' | 'emergency-special';
const PERIODS: Record<string, Period> = {
  year: 'year',
  session: 'regular',
  'special session': 'special',
  'emergency special session': 'emergency-special',
};
const OCR_DATE_START = /^[\dlIOo]{1,2} [A-Z]/;
const DATE_AT = new RegExp(`^(?:${DATE_PATTERN.source})`, DATE_PATTERN.flags);
/**
 * A line that names a body other than the General Assembly and the Security Council (the Human
 * Rights Council, a commission, a committee, a conference): its sessions and agenda are its own.
 * The word alone is none: it ends a title wrapped over two lines ("…of the General" / "Assembly").
 */
const OTHER_BODY =
  /^(?!.*\b(?:General Assembly|Security Council|Economic and Social Council)\b)(?![A-Z][a-z]+$)(?:[A-Z][a-z]+ ){0,5}(?:Council|Commission|Committee|Conference|Board|Assembly|Forum)(?: (?:of|on|for|against|to) (?:the )?[A-Z][A-Za-z,' -]{2,120})?$/;
/** The same body as the whole run of words between two facts of a flattened masthead. */
const OTHER_BODY_WORDS =
  /^(?!(?:Security|Trusteeship|Economic and Social) Council$)(?:[A-Z][a-z]+ ){1,5}(?:Council|Commission|Conference|Board|Forum)$/;
/**
 * A Main Committee of the General Assembly (or its General Committee): the agenda items under it
 * are the Assembly's, allocated to the Committee ("Third Committee / Agenda item 74 (b)").
 */
const ASSEMBLY_COMMITTEE = /^(?:First|Second|Third|Fourth|Fifth|Sixth|General) Committee$/;
/** Words that, just before an organ's name, make it part of a title ("Report of the Security Council"). */
export const IN_TITLE = /\b(?:the|of|and|on|to|for|by|with)$/i;

/**
 * After a title line ending in "the", an organ's name that opens the next line is still the
 * organ's heading when masthead facts follow it, on its line or the next ("Security Council
 * Fifty-ninth year"); followed by words, or by nothing, it goes on with the title ("Security
 * Council and other matters…", "…of the" / "General Assembly" over the document's title).
 */
function headingAlone(after: string, atLineStart: boolean, nextLine: string | undefined): boolean {
  const next = after.trimStart() || nextLine?.trimStart();
  return (
    atLineStart &&
    next !== undefined &&
    /^(?:[A-Z][a-z]+(?:-[a-z]+)? (?:session|year)\b|Distr\.|Original|\d)/.test(next)
  );
}

function symbolAt(text: string): ExtractedSymbol | null {
  if (!/^[A-Z]+\s?\//.test(text)) return null;
  const [first] = extractSymbols(text.slice(0, 120));
  return first && first.start === 0 ? first : null;
}

function factAt(
  rest: string,
  before: string,
  line: Line,
  atLineStart: boolean,
  owner: Owner,
  nextLine: string | undefined,
): MastheadToken | null {
  const symbol = symbolAt(rest);
  if (symbol) return { kind: 'symbol', symbol, text: symbol.text, line };
  const date = DATE_AT.exec(rest);
  if (date) {
    const found = findDate(date[0]);
    if (found) return { kind: 'date', iso: found.iso, text: date[0], line };
  }
  // An OCR copy's date with letters for digits ("2l April 1993"), read through and flagged.
  const ocr = OCR_DATE_START.test(rest) ? findGuessedDate(rest.slice(0, 40)) : null;
  if (ocr && rest.startsWith(ocr.printed))
    return { kind: 'date', iso: ocr.iso, guessed: true, text: ocr.printed, line };
  for (const [kind, pattern] of FACTS) {
    const m = pattern.exec(rest);
    if (!m) continue;
    const text = m[0];
    if (
      kind === 'organ' &&
      IN_TITLE.test(before) &&
      !headingAlone(rest.slice(text.length), atLineStart, nextLine)
    )
      return null;
    if (kind === 'logo' && (!atLineStart || IN_TITLE.test(before))) continue;
    if (kind === 'logo') return { kind, text, line };
    if (kind === 'organ') return { kind, organ: organNamed(text) as MastheadOrgan, text, line };
    if (kind === 'period')
      return {
        kind,
        ordinal: m[1] as string,
        period: PERIODS[m[2] as string] as Period,
        owner,
        text,
        line,
      };
    if (kind === 'distribution')
      return {
        kind,
        value: distributionNamed(m[1] as string),
        text,
        line,
      };
    if (kind === 'original') return { kind, language: m[1] as string, text, line };
    if (kind === 'agenda') {
      const list = m[4]
        ? (m[4].toLowerCase() as 'provisional' | 'preliminary')
        : m[1]
          ? 'provisional'
          : 'agenda';
      return { kind, numbers: (m[2] ?? m[3]) as string, list, owner, text, line };
    }
  }
  return null;
}

/** Facts a PDF copy runs on to the word before: "2021Original:", "sessionAgenda item 34". */
const GLUED_FACT =
  /^(?:Distr\.|Original\s?:|ORIGINAL\s?:|General Assembly|Security Council|Economic and Social Council|Agenda items? \d|Items? \d|[A-Z][a-z]+(?:-[a-z]+)? (?:session|year)\b|[A-Z]{1,8}\/\d)/;

const isUpper = (c: number) => c >= 65 && c <= 90;
/** A small letter, a digit or a stop: what a run-on fact's capital may follow. */
const runsOn = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46;

/** Where the word from `at` to `end` ends: before a fact run on to it, else at `end`. */
function gluedFact(text: string, at: number, end: number): number {
  for (let j = at + 1; j < end; j++)
    if (isUpper(text.charCodeAt(j)) && runsOn(text.charCodeAt(j - 1)))
      if (GLUED_FACT.test(text.slice(j, j + 60))) return j;
  return end;
}

/**
 * Cut masthead lines into facts: logo, symbols, organs, sessions and years, `Distr.`, dates,
 * `Original:`, agenda heads, and the words between them. Two-column and flattened copies put
 * several facts on a line; this reads them wherever they stand. Linear: each step consumes text.
 */
export function tokenizeMasthead(lines: readonly Line[]): MastheadToken[] {
  const out: MastheadToken[] = [];
  let owner: Owner = 'assembly';
  for (const [i, line] of lines.entries()) {
    const text = line.text;
    if (text.startsWith('*')) {
      out.push({ kind: 'footnote', text, line });
      continue;
    }
    // "…and the" over "Council of Europe": a wrapped title's words, no body's heading.
    // An organ an OCR copy misread ("Generai Assembly") is still that organ.
    if (OTHER_BODY.test(text) && !organNamed(text) && !IN_TITLE.test(lines[i - 1]?.text ?? '')) {
      out.push({ kind: 'body', text, line });
      if (!ASSEMBLY_COMMITTEE.test(text)) owner = 'other';
      continue;
    }
    let at = 0;
    let words = '';
    // The last words read, kept apart: slicing the growing run itself would copy it every word.
    let recent = '';
    const flush = () => {
      if (words) out.push({ kind: 'words', text: words.trim(), line });
      words = '';
      recent = '';
    };
    const before = () =>
      (words ? recent : out.at(-1)?.kind === 'words' ? (out.at(-1)?.text ?? '') : '')
        .slice(-12)
        .trimEnd();
    while (at < text.length) {
      if (text[at] === ' ' || text[at] === '|') {
        at++;
        continue;
      }
      // A flattened masthead names another body amid its facts: "… English Human Rights Council
      // Forty-sixth session …".
      if (words && words.length < 100 && OTHER_BODY_WORDS.test(words.trimEnd())) owner = 'other';
      const fact = factAt(
        text.slice(at, at + 400),
        before(),
        line,
        out.at(-1)?.line !== line && !words,
        owner,
        lines[i + 1]?.text,
      );
      if (fact) {
        flush();
        out.push(fact);
        if (fact.kind === 'organ' && fact.organ !== 'Security Council')
          owner = fact.organ === 'General Assembly' ? 'assembly' : 'other';
        at += fact.text.length;
        continue;
      }
      const end = text.indexOf(' ', at);
      const stop = gluedFact(text, at, end === -1 ? text.length : end);
      const word = `${text.slice(at, stop)} `;
      words += word;
      recent = `${recent}${word}`.slice(-12);
      at = stop;
    }
    flush();
  }
  return out;
}
