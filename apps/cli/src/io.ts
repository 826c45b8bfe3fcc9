import type { Readable } from 'node:stream';

/** What a command reads and writes: the process in the bin, buffers in tests. */
export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  stdin: Readable & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  /** Aborted on Ctrl-C: long commands stop cleanly and leave no partial file. */
  signal: AbortSignal;
}

/** Whether to colour and draw tables: on a terminal, unless NO_COLOR or --no-color. */
export function useColor(io: Io, noColor: boolean): boolean {
  return Boolean(io.stdout.isTTY) && !noColor && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '');
}

/** The terminal width, or 80 when piped. */
export const widthOf = (io: Io) => (io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 80);

const CODES = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  inverse: [7, 27],
} as const;
export type Style = keyof typeof CODES;

/** A painter that styles text with ANSI codes when colour is on, and returns it as is otherwise. */
export const painter =
  (on: boolean) =>
  (style: Style, text: string): string =>
    on ? `\u001b[${CODES[style][0]}m${text}\u001b[${CODES[style][1]}m` : text;
export type Paint = ReturnType<typeof painter>;
