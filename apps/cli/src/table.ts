import { type Paint, unpainted as visible } from './io.js';

const truncate = (s: string, width: number) =>
  s.length <= width ? s : `${s.slice(0, Math.max(0, width - 1))}…`;

/**
 * A table as text. On a terminal (`pretty`) columns are padded to the terminal width, the widest
 * column truncated with "…" and the header bold; piped, rows are tab-separated and complete, for
 * `cut` and `awk`.
 */
export function table(
  headers: string[],
  rows: string[][],
  options: { pretty: boolean; width: number; paint: Paint },
): string {
  if (!options.pretty) return `${[headers, ...rows].map((r) => r.join('\t')).join('\n')}\n`;
  const widths = headers.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => visible(r[i] ?? '').length)),
  );
  const gap = 2;
  let overflow = widths.reduce((a, b) => a + b, 0) + gap * (widths.length - 1) - options.width;
  while (overflow > 0) {
    const widest = widths.indexOf(Math.max(...widths));
    const cut = Math.min(overflow, (widths[widest] as number) - 8);
    if (cut <= 0) break;
    widths[widest] = (widths[widest] as number) - cut;
    overflow -= cut;
  }
  const line = (cells: string[]) =>
    cells
      .map((c, i) => truncate(c, widths[i] as number).padEnd(widths[i] as number))
      .join(' '.repeat(gap))
      .trimEnd();
  return `${[options.paint('bold', line(headers)), ...rows.map(line)].join('\n')}\n`;
}
