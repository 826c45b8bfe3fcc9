import type { Paint, Style } from './io.js';

/**
 * A column: its header, and whether its cells may wrap onto more lines to fit the terminal. A
 * wrapping column that would be left narrower than READABLE is printed below each row instead,
 * indented and full width, so that a title or quotation never reads one word per line.
 */
export interface Column {
  header: string;
  wrap?: boolean;
}
/** A cell: plain text, or text the painter styles as a whole (after wrapping and padding). */
export type Cell = string | { text: string; style: Style };

const GAP = 2;
const INDENT = '    ';
// Below this a wrapped column reads one syllable per line; past it the table may overflow.
const NARROWEST_WRAP = 8;
// A wrapping column with more text than this, squeezed narrower, moves below its row.
const READABLE = 24;

const textOf = (cell: Cell | undefined) => (typeof cell === 'string' ? cell : (cell?.text ?? ''));

/** Greedy word wrap; a word longer than the width is split (a link is not), never cut. */
export function wrap(text: string, width: number): string[] {
  const room = Math.max(1, width);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    if (line && line.length + 1 + word.length <= room) {
      line += ` ${word}`;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    // A link is kept whole, so that it stays one click; the terminal folds it if it must.
    while (rest.length > room && !/^https?:/.test(rest)) {
      // Break after a hyphen or slash when there is one ("Secretary-/General"), else anywhere.
      const soft = Math.max(rest.lastIndexOf('-', room - 1), rest.lastIndexOf('/', room - 1));
      const at = soft > 0 ? soft + 1 : room;
      lines.push(rest.slice(0, at));
      rest = rest.slice(at);
    }
    line = rest;
  }
  lines.push(line);
  return lines;
}

/** Column widths that fit `width`: wrapping columns give way, widest first; others never shrink. */
function fitWidths(columns: Column[], natural: readonly number[], width: number): number[] {
  const widths = [...natural];
  const least = columns.map((c, i) =>
    c.wrap ? Math.min(widths[i] as number, Math.max(c.header.length, NARROWEST_WRAP)) : Infinity,
  );
  let overflow = widths.reduce((a, b) => a + b, 0) + GAP * (widths.length - 1) - width;
  while (overflow > 0) {
    let widest = -1;
    for (const [i, w] of widths.entries())
      if (w > (least[i] as number) && (widest < 0 || w > (widths[widest] as number))) widest = i;
    if (widest < 0) break;
    widths[widest] = (widths[widest] as number) - 1;
    overflow -= 1;
  }
  return widths;
}

/** Which columns stay beside each other and how wide, and which move below the row. */
function layout(cols: Column[], rows: Cell[][], width: number) {
  const natural = cols.map((c, i) =>
    Math.max(c.header.length, ...rows.map((r) => textOf(r[i]).length)),
  );
  const beside = cols.map((_, i) => i);
  const below: number[] = [];
  for (;;) {
    const widths = fitWidths(
      beside.map((i) => cols[i] as Column),
      beside.map((i) => natural[i] as number),
      width,
    );
    const squeezed = beside.filter(
      (c, k) =>
        cols[c]?.wrap && (natural[c] as number) > READABLE && (widths[k] as number) < READABLE,
    );
    if (squeezed.length === 0 || beside.length === 1)
      return { beside, below: below.sort((a, b) => a - b), widths };
    const longest = squeezed.reduce((a, b) =>
      (natural[b] as number) > (natural[a] as number) ? b : a,
    );
    beside.splice(beside.indexOf(longest), 1);
    below.push(longest);
  }
}

/**
 * A table as text. On a terminal (`pretty`) it fits the terminal width: columns marked `wrap`
 * wrap their cells onto more lines, widest first, and no value is cut; the header is bold.
 * Piped, rows are tab-separated and complete, one per line, for `cut` and `awk`.
 */
export function table(
  columns: (string | Column)[],
  rows: Cell[][],
  options: { pretty: boolean; width: number; paint: Paint },
): string {
  const cols = columns.map((c) => (typeof c === 'string' ? { header: c } : c));
  if (!options.pretty) {
    const tsv = (cells: string[]) => cells.map((c) => c.replace(/[\t\r\n]+/g, ' ')).join('\t');
    return `${[cols.map((c) => c.header), ...rows.map((r) => r.map(textOf))].map(tsv).join('\n')}\n`;
  }
  const { beside, below, widths } = layout(cols, rows, options.width);
  const render = (cells: Cell[], header = false) => {
    const wrapped = beside.map((c, k) =>
      cols[c]?.wrap ? wrap(textOf(cells[c]), widths[k] as number) : [textOf(cells[c])],
    );
    const height = Math.max(...wrapped.map((w) => w.length));
    const lines: string[] = [];
    for (let n = 0; n < height; n++) {
      const line = beside.map((c, k) => {
        const text = wrapped[k]?.[n] ?? '';
        const cell = cells[c];
        const style = header ? 'bold' : typeof cell === 'object' ? cell.style : undefined;
        const pad = ' '.repeat(Math.max(0, (widths[k] as number) - text.length));
        return (style && text ? options.paint(style, text) : text) + pad;
      });
      lines.push(line.join(' '.repeat(GAP)).trimEnd());
    }
    for (const c of below)
      for (const l of wrap(textOf(cells[c]), options.width - INDENT.length))
        if (l) lines.push(INDENT + (header ? options.paint('bold', l) : l));
    return lines.join('\n');
  };
  return `${[
    render(
      cols.map((c) => c.header),
      true,
    ),
    ...rows.map((r) => render(r)),
  ].join('\n')}\n`;
}
