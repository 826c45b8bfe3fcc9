import { SIGNED_MARK } from './block-shapes.js';
import { cleanLine, INVISIBLE, type Line } from './lines.js';

/** "(Signed)" anywhere on a line. */
const MARK = new RegExp(SIGNED_MARK, 'gi');
/**
 * A line that opens with one (in Markdown bold, maybe; after invisible characters, on a raw line):
 * only such a line starts a row of them.
 */
const SIGNED_START = new RegExp(`^(?:\\s|${INVISIBLE.source})*(?:\\*\\*|__)?${SIGNED_MARK}`, 'i');
/** How far a column's lines may start from its first line's "(Signed)", in characters. */
const SLACK = 4;

/**
 * Where the right-hand column starts on a raw line: at the second "(Signed)", after a gap of two
 * spaces or more; -1 when the line sets no two signatures side by side.
 */
function columnOf(raw: string): number {
  if (!SIGNED_START.test(raw)) return -1;
  const marks = [...raw.matchAll(MARK)];
  const second = marks[1];
  return marks.length === 2 && second && /\S {2,}$/.test(raw.slice(0, second.index))
    ? second.index
    : -1;
}

/**
 * Where a line of the same block parts into the two columns: the end of a gap of two spaces or
 * more near `column`; the line's end when it stops short of the column; -1 when no gap is near.
 */
function cutOf(raw: string, column: number): number {
  if (raw.trimEnd().length <= column - SLACK) return raw.length;
  for (const gap of raw.matchAll(/ {2,}/g)) {
    const end = gap.index + gap[0].length;
    if (Math.abs(end - column) <= SLACK) return end;
  }
  return -1;
}

const half = (line: Line, raw: string): Line => ({
  n: line.n,
  raw: line.raw,
  text: cleanLine(raw).text,
});

const visibleOf = (raw: string) => raw.replace(INVISIBLE, '');

/** A line as it is laid out, invisible characters gone: tabs to the next stop of 8. */
function laidOut(visible: string): string {
  if (!visible.includes('\t')) return visible;
  let out = '';
  for (const c of visible) out += c === '\t' ? ' '.repeat(8 - (out.length % 8)) : c;
  return out;
}

/**
 * Where each line of a block parts when a tab sets its columns apart on every line (a word
 * processor's copy, whose tabs keep no column): the end of the line's one run of tabs; null when
 * a line has none or several.
 */
function tabCuts(visible: readonly string[]): number[] | null {
  const cuts = visible.map((text) => {
    const runs = [...text.matchAll(/\t+/g)];
    const run = runs[0];
    return runs.length === 1 && run && run.index > 0 ? run.index + run[0].length : -1;
  });
  return cuts.every((c) => c !== -1) ? cuts : null;
}

/**
 * Signatures set side by side, as a joint letter prints them and a PDF's layout copy keeps them
 * ("(Signed) A. Name      (Signed) B. Name" over their roles): each block whose first line has
 * two "(Signed)" apart is parted at the second one's column into the left signature, a blank
 * line, and the right one. The two halves keep the line's number and raw text. A block whose
 * lines cannot all be parted there is left as it is.
 */
export function unstackSignatures(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; ) {
    const line = lines[i] as Line;
    // Tested on the raw line first: the pieces of a flattened line share its whole raw text.
    const column =
      line.text === '' || !SIGNED_START.test(line.raw)
        ? -1
        : columnOf(laidOut(visibleOf(line.raw)));
    if (column === -1) {
      out.push(line);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < lines.length && (lines[end] as Line).text !== '') end++;
    const block = lines.slice(i, end);
    const visible = block.map((l) => visibleOf(l.raw));
    const tabbed = tabCuts(visible);
    const laid = tabbed ? visible : visible.map(laidOut);
    const cuts = tabbed ?? laid.map((raw) => cutOf(raw, column));
    if (cuts.some((c) => c === -1)) out.push(...block);
    else {
      const left = block.map((l, k) => half(l, (laid[k] as string).slice(0, cuts[k])));
      const right = block.map((l, k) => half(l, (laid[k] as string).slice(cuts[k])));
      out.push(
        ...left.filter((l) => l.text !== ''),
        { n: line.n, raw: '', text: '' },
        ...right.filter((l) => l.text !== ''),
      );
    }
    i = end;
  }
  return out;
}
