import type { Evidence } from '../../schema-metadata.js';
import { ENTITY, entityChar } from './entities.js';
import { HAS_LIGATURE, HAS_ODD_SPACE, type Line } from './lines.js';
import { HAS_MOJIBAKE, MOJIBAKE_AT, mojibakeChar } from './mojibake.js';

const INVISIBLE_CHAR = /^[\u200b-\u200d\u2060\ufeff\u00ad]$/;
const ENTITY_AT = new RegExp(ENTITY.source, 'y');

/**
 * The raw line with its character references, misread UTF-8, spaces, ligatures and hyphens folded
 * as `toLines` folds them (a reference to its character; a run of misread bytes to theirs; a run of spaces, odd ones included, to one space; a
 * ligature to its letters; a non-breaking hyphen to a hyphen), and the raw span of each folded
 * character, so that a phrase of the clean text can be quoted as the line prints it.
 */
function folded(raw: string): { text: string; from: number[]; to: number[] } {
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const push = (c: string, start: number, end: number) => {
    out.push(c);
    from.push(start);
    to.push(end);
  };
  for (let i = 0; i < raw.length; i++) {
    let c = raw[i] as string;
    const code = raw.charCodeAt(i);
    // Printable ASCII but "&" folds to itself: the common case, without the tests below.
    if (code > 0x20 && code < 0x7f && code !== 0x26) {
      push(c, i, i + 1);
      continue;
    }
    let end = i + 1;
    if (c === '&') {
      ENTITY_AT.lastIndex = i;
      const m = ENTITY_AT.exec(raw);
      const decoded = m ? entityChar(m[1], m[2], m[3]) : null;
      if (m && decoded !== null) {
        c = decoded;
        end = i + m[0].length;
      }
    }
    if (HAS_MOJIBAKE.test(c)) {
      MOJIBAKE_AT.lastIndex = i;
      const run = MOJIBAKE_AT.exec(raw);
      const decoded = run ? mojibakeChar(run[0]) : null;
      if (run && decoded !== null) {
        c = decoded;
        end = i + run[0].length;
      }
    }
    if (INVISIBLE_CHAR.test(c)) {
      i = end - 1;
      continue;
    }
    if (c === ' ' || c === '\n' || HAS_ODD_SPACE.test(c)) {
      if (out.at(-1) !== ' ') push(' ', i, end);
    } else if (c === '\u2010' || c === '\u2011') push('-', i, end);
    else for (const letter of HAS_LIGATURE.test(c) ? c.normalize('NFKC') : c) push(letter, i, end);
    i = end - 1;
  }
  return { text: out.join(''), from, to };
}

/** What was made of the last raw text searched: the pieces of a flattened line share their raw text. */
let last: { raw: string; spaced?: string; fold?: ReturnType<typeof folded> } = { raw: '' };
const memo = (raw: string) => {
  if (last.raw !== raw) last = { raw };
  return last;
};

/** Where a phrase stands in a raw text, as printed: [start, end), or null. */
function spanOf(raw: string, phrase: string): [number, number] | null {
  const exact = raw.indexOf(phrase);
  if (exact !== -1) return [exact, exact + phrase.length];
  const made = memo(raw);
  // A joined line's raw text breaks its lines where the text has spaces: the same places, so
  // searched with spaces for breaks before it is folded (it can run to megabytes).
  if (raw.includes('\n')) {
    made.spaced ??= raw.replaceAll('\n', ' ');
    const at = made.spaced.indexOf(phrase);
    if (at !== -1) return [at, at + phrase.length];
  }
  made.fold ??= folded(raw);
  const { text, from, to } = made.fold;
  const at = text.indexOf(phrase);
  return at === -1 ? null : [from[at] as number, to[at + phrase.length - 1] as number];
}

/** Where input line `i` of a joined line stands in its raw text: [start, end). */
function partOf(line: Line, i: number): [number, number] {
  const parts = line.joined ?? [];
  return [parts[i]?.at ?? 0, (parts[i + 1]?.at ?? line.raw.length + 1) - 1];
}

/** A span of a joined line's raw text, quoted line by line as the input lines print it. */
function quoted(line: Line, [start, end]: [number, number]): Evidence[] {
  if (!line.joined) return [{ line: line.n, quote: line.raw.slice(start, end) }];
  const out: Evidence[] = [];
  line.joined.forEach(({ n }, i) => {
    const [from, to] = partOf(line, i);
    const quote = line.raw.slice(Math.max(start, from), Math.min(end, to)).trim();
    if (quote) out.push({ line: n, quote });
  });
  return out;
}

/**
 * Evidence for a phrase on a line: the phrase as the raw line prints it (its own spaces,
 * ligatures and hyphens), or the line itself when the phrase is not found there. A phrase on a
 * line joined from input lines is quoted from each input line it runs over.
 */
export function evidenceOf(line: Line, phrase: string): Evidence[] {
  const span = phrase ? spanOf(line.raw, phrase) : null;
  if (span) return quoted(line, span);
  // A joined line's own input line is the one its number names.
  const i = line.joined?.findIndex((p) => p.n === line.n) ?? -1;
  const own = i === -1 ? line.raw : line.raw.slice(...partOf(line, i));
  const words = own.trim();
  return [{ line: line.n, quote: words.length > 0 ? words.slice(0, 240).trim() : own }];
}
