import { COLUMN_MAX, joinLines, splitAtLines } from './agenda-column.js';
import { capitalised, FUNCTION_WORDS, JOINER, MID_TITLE, starterWeight } from './agenda-words.js';

/**
 * Agenda item numbers as printed: "32, 37, 75 and 83", "3 (b)", "68 and 132"; sub-items after
 * one number are items of their own ("68 (b) and (c)": 68 (b), 68 (c)).
 */
export function agendaNumbers(text: string): string[] {
  let item = '';
  return [...text.matchAll(/\b(\d{1,3})(?:\s*\(([a-z])\))?|\(([a-z])\)/g)].map((m) => {
    if (m[3]) return `${item} (${m[3]})`;
    item = m[1] as string;
    return m[2] ? `${item} (${m[2]})` : item;
  });
}

/**
 * The n - 1 best attested title starts when neither kind of start alone counts n - 1: a start both
 * ways first, then either, a first word of agenda titles weighed by `starterWeight`. Null on a tie
 * for the last place.
 */
function bestStarts(
  weak: readonly number[],
  strong: ReadonlyMap<number, number>,
  n: number,
): number[] | null {
  const score = (i: number) => (weak.includes(i) ? 1 : 0) + (strong.get(i) ?? 0);
  const ranked = [...new Set([...weak, ...strong.keys()])]
    .map((i) => ({ i, s: score(i) }))
    .sort((a, b) => b.s - a.s);
  const last = ranked[n - 2];
  if (!last || ranked[n - 1]?.s === last.s) return null;
  return ranked
    .slice(0, n - 1)
    .map((r) => r.i)
    .sort((a, b) => a - b);
}

/** Where a copy ran titles together with nothing between: "…developmentThe situation…", "…for 2022International…". */
const GLUED_TITLES = /(?<=[\p{Ll}\d)])(?=\p{Lu})/u;

/**
 * Split agenda titles that run together into `n` titles, in order. A title starts with a capital
 * after a word that is not a function word ("…development The situation…"); when those are not
 * exactly n - 1, the recurring first words of item titles decide; where a copy dropped the spaces
 * between them, where a small letter meets a capital. Ambiguous: null.
 */
export function splitRunOnTitles(text: string, n: number): string[] | null {
  if (n <= 1) return [text];
  const glued = text.split(GLUED_TITLES);
  if (glued.length === n) return glued;
  const words = text.split(' ');
  const weak: number[] = [];
  // Where a first word of agenda titles stands, with its weight.
  const weights = new Map<number, number>();
  for (let i = 1; i < words.length; i++) {
    const prev = words[i - 1] as string;
    const word = words[i] as string;
    if (!capitalised(word) || FUNCTION_WORDS.has(prev.toLowerCase()) || /[-:,]$/.test(prev))
      continue;
    if (/[a-z]$/.test(prev) && !/^[A-Z]/.test(prev) && !MID_TITLE.has(word)) weak.push(i);
    const weight = starterWeight(word, capitalised(prev), capitalised(words[i + 1] ?? ''));
    if (weight > 0) weights.set(i, weight);
  }
  const strong = [...weights.keys()];
  const starts =
    weak.length === n - 1
      ? weak
      : strong.length === n - 1
        ? strong
        : weak.filter((i) => strong.includes(i)).length === n - 1
          ? weak.filter((i) => strong.includes(i))
          : bestStarts(weak, weights, n);
  if (!starts) return null;
  const bounds = [0, ...starts, words.length];
  return bounds.slice(0, -1).map((start, i) => words.slice(start, bounds[i + 1]).join(' '));
}

/** Whether `line` goes on the title `last` began: it starts in lower case, or `last` cannot end one. */
const goesOn = (last: string, line: string) => /^[a-z(]/.test(line) || JOINER.test(last);

/**
 * Fit the title lines under an agenda head to its `n` numbers: one line per item, or wrapped
 * lines re-joined (a line that starts in lower case, or follows one ending in "of", "and", a
 * comma…), or titles that run together on one line split. `blankAbove[i]` says a blank line
 * stands above line i. Null when they cannot be matched.
 */
export function fitTitles(
  lines: readonly string[],
  n: number,
  blankAbove: readonly boolean[] = [],
): string[] | null {
  if (lines.length === 0) return null;
  const starts = [0];
  for (let i = 1; i < lines.length; i++)
    if (!goesOn(lines[i - 1] as string, lines[i] as string)) starts.push(i);
  if (starts.length === n) return joinLines(lines, starts);
  if (lines.length === n) return [...lines];
  // Titles set apart by blank lines, where not every line is (a double-spaced copy).
  const blanks = starts.filter((i) => i === 0 || blankAbove[i]);
  if (blanks.length === n && blanks.length < starts.length) return joinLines(lines, blanks);
  if (starts.length > n && lines.every((l) => l.length <= COLUMN_MAX))
    return splitAtLines(lines, starts.slice(1), n, blankAbove);
  return splitRunOnTitles(joinLines(lines, [0]).join(' '), n);
}
