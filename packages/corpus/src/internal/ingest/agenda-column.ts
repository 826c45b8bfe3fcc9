import { capitalised, NAME_GOES_ON, starterWeight } from './agenda-words.js';

/** Longest line a masthead's title column holds: a longer one is a flattened copy's run of titles. */
export const COLUMN_MAX = 90;

/** The lines joined into one title from each start to the next. */
export function joinLines(lines: readonly string[], starts: readonly number[]): string[] {
  return starts.map((start, i) =>
    lines
      .slice(start, starts[i + 1])
      .reduce((title, line) => (/[a-z]-$/.test(title) ? `${title}${line}` : `${title} ${line}`)),
  );
}

/** A masthead's title column holds about this many characters; a copy's may hold more. */
const COLUMN_WIDTH = 46;
const firstWord = (line: string) => line.split(' ')[0] as string;

/**
 * How many characters the column holds: at least its longest line, and less than a line that
 * surely wrapped (the next starts in lower case) with the next word; as UN mastheads print it when
 * no line wrapped so.
 */
function columnWidth(lines: readonly string[]): number {
  const longest = Math.max(...lines.map((l) => l.length));
  let wrapped = Number.POSITIVE_INFINITY;
  for (let i = 1; i < lines.length; i++)
    if (/^[a-z(]/.test(lines[i] as string))
      wrapped = Math.min(
        wrapped,
        (lines[i - 1] as string).length + firstWord(lines[i] as string).length,
      );
  return Math.max(longest, wrapped === Number.POSITIVE_INFINITY ? COLUMN_WIDTH : wrapped);
}

/**
 * Titles printed in a column, each from the start of a line, where more lines start with a capital
 * than there are titles ("…Shanghai" over "Cooperation Organization…"). A title begins where the
 * line above ends short of the column (the more room left for the next word, the surer: a wrapped
 * line has none), below a blank line, or at the first word of agenda titles (less surely after a
 * capitalised word). The n - 1 best attested starts; null when the next best is about as good as
 * the last taken.
 */
export function splitAtLines(
  lines: readonly string[],
  candidates: readonly number[],
  n: number,
  blankAbove: readonly boolean[],
): string[] | null {
  if (n <= 1) return joinLines(lines, [0]);
  const width = columnWidth(lines);
  const blanksTell = !candidates.every((i) => blankAbove[i]);
  const score = (i: number) => {
    const above = lines[i - 1] as string;
    const first = firstWord(lines[i] as string);
    const room = (width - above.length - 1 - first.length) / width;
    // "…Universal" over "Declaration", "…Human" over "Rights Council": see starterWeight.
    const second = (lines[i] as string).split(' ')[1] ?? '';
    const starter = 0.25 * starterWeight(first, NAME_GOES_ON.test(above), capitalised(second));
    return room + starter + (blanksTell && blankAbove[i] ? 1 : 0);
  };
  const ranked = candidates.map((i) => ({ i, s: score(i) })).sort((a, b) => b.s - a.s);
  const last = ranked[n - 2] as { s: number };
  const next = ranked[n - 1];
  if (last.s <= 0 || (next && last.s - next.s < 0.1)) return null;
  const starts = [0, ...ranked.slice(0, n - 1).map((r) => r.i)].sort((a, b) => a - b);
  return joinLines(lines, starts);
}
