import type { Line } from './lines.js';
import { isFlattenedDocument } from './unflatten.js';

/** Fewest lines a re-wrapped flattened document runs to. */
const MIN_LINES = 4;
/** Narrowest wrap read as one: below it, a run of short lines is a list or an address. */
const WIDTH_MIN = 40;
/** A line this much longer than most lines of its run is no line of the wrap (a page's title). */
const OUTLIER = 1.1;

/**
 * A line's width as the wrap measured it: its raw text, markup and all, to its last character; a
 * byte-order mark before the first is no character of it.
 */
const widthOfLine = (line: Line) =>
  line.raw.trimEnd().length - (line.raw.startsWith('\ufeff') ? 1 : 0);

/**
 * The length of a line's first word as a wrap saw it: up to its first plain space in the raw line
 * (after its indent or quote marks), for a wrap never breaks at a no-break space ("20\u00a0January"
 * is one word to it).
 */
const firstWordLength = (line: Line) => {
  const raw = line.raw;
  let start = 0;
  while (start < raw.length && (raw[start] === '>' || /\s/.test(raw[start] as string))) start++;
  const space = raw.indexOf(' ', start);
  return (space === -1 ? raw.trimEnd().length : space) - start;
};

/** The width a run of lines was wrapped at: the longest line not far above nine in ten of them. */
function widthOf(run: readonly Line[]): number {
  const lengths = run.map(widthOfLine).sort((a, b) => a - b);
  const typical = lengths[Math.floor(0.9 * (lengths.length - 1))] as number;
  // A loop, not Math.max(...): a run can be hundreds of thousands of lines.
  let width = 0;
  for (const n of lengths) if (n <= typical * OUTLIER && n > width) width = n;
  return width;
}

/** Input lines joined into one, remembering where each starts in the raw text and in the text. */
export function join(run: readonly Line[]): Line {
  const joined: { n: number; at: number; textAt: number }[] = [];
  let at = 0;
  let textAt = 0;
  for (const line of run) {
    joined.push({ n: line.n, at, textAt });
    at += line.raw.length + 1;
    textAt += line.text.length + 1;
  }
  return {
    n: (run[0] as Line).n,
    raw: run.map((l) => l.raw).join('\n'),
    text: run.map((l) => l.text).join(' '),
    joined,
  };
}

/**
 * Whether a wrap at `width` ends `line` before `next`: the next word would not fit on it. Widths
 * are `measure`'s: a flattened copy's as its raw lines print them, a masthead's rows by their
 * text, for a layout copy's spaces set its columns apart and are no wrap's.
 */
export const wrapsAt = (line: Line, next: Line, width: number, measure: (line: Line) => number) =>
  measure(line) <= width && measure(line) + 1 + firstWordLength(next) > width;
export const textWidth = (line: Line) => line.text.length;

/**
 * The width a run was first wrapped at, where a second, narrower wrap cut each of its lines in
 * two (a mail client quoting a wrapped text: lines of 60 and the remainders of lines of 72): the
 * widest line and remainder so cut, or 0 where too few lines were.
 */
function firstWrap(run: readonly Line[], width: number): number {
  let outer = 0;
  let cut = 0;
  for (let k = 0; k + 1 < run.length; k++) {
    const line = run[k] as Line;
    const rest = run[k + 1] as Line;
    if (!wrapsAt(line, rest, width, widthOfLine) || widthOfLine(rest) * 2 > width) continue;
    cut++;
    outer = Math.max(outer, widthOfLine(line) + 1 + widthOfLine(rest));
  }
  return cut * 3 >= run.length ? outer : 0;
}

/** Whether `line` is the remainder of a line of the first wrap at `outer`, which ended there. */
const remainderEnds = (
  previous: Line | undefined,
  line: Line,
  next: Line,
  width: number,
  outer: number,
) => {
  if (!previous || !wrapsAt(previous, line, width, widthOfLine)) return false;
  const whole = widthOfLine(previous) + 1 + widthOfLine(line);
  return whole <= outer && whole + 1 + firstWordLength(next) > outer;
};

/** The lines of a run, with each stretch wrapped at `width` that is a flattened document joined. */
function rejoinRun(run: readonly Line[], width: number, out: Line[]): boolean {
  let found = false;
  let start = 0;
  // Measured only where a line ends the first wrap's chain: most runs are one paragraph's lines.
  let outer = -1;
  for (let k = 0; k < run.length; k++) {
    const line = run[k] as Line;
    const next = run[k + 1];
    // A wrap at `width` ends a line only where the next word would not fit on it; a second wrap
    // leaves the remainder of each line of the first, which ends where that line did.
    if (next !== undefined && wrapsAt(line, next, width, widthOfLine)) continue;
    if (next !== undefined && k > 0) {
      if (outer === -1) outer = firstWrap(run, width);
      if (outer > 0 && remainderEnds(run[k - 1], line, next, width, outer)) continue;
    }
    const stretch = run.slice(start, k + 1);
    const joined = stretch.length >= MIN_LINES ? join(stretch) : null;
    if (joined && isFlattenedDocument(joined.text)) {
      out.push(joined);
      found = true;
    } else for (const line of stretch) out.push(line);
    start = k + 1;
  }
  return found;
}

/**
 * A flattened copy (the whole document on one line) that a mail client, `fmt` or a fixed-width
 * viewer wrapped again at a width: each line as long as the width allows, the next word too long to
 * fit. A run of lines so wrapped whose text is a flattened document is joined back into one line,
 * which `unflatten` cuts as it cuts any flattened copy; the joined line keeps its input lines, so
 * that evidence quotes each. The width is returned when a run was joined.
 */
export function rejoinWrapped(lines: readonly Line[]): { lines: Line[]; width: number | null } {
  const out: Line[] = [];
  let width: number | null = null;
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && (lines[i] as Line).text !== '') continue;
    const run = lines.slice(start, i);
    const runWidth = run.length >= MIN_LINES ? widthOf(run) : 0;
    if (runWidth < WIDTH_MIN) for (const line of run) out.push(line);
    else if (rejoinRun(run, runWidth, out)) width ??= runWidth;
    if (i < lines.length) out.push(lines[i] as Line);
    start = i + 1;
  }
  return { lines: out, width };
}
