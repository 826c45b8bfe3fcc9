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

// FORCE_COLOR (any value but "0" or "false"), as Node and most tools read it: output as on a
// terminal though it is piped, for recording a session.
const forced = (io: Io) =>
  io.env.FORCE_COLOR !== undefined && !['0', 'false'].includes(io.env.FORCE_COLOR);

/** Whether to colour and draw tables: on a terminal (or FORCE_COLOR), unless NO_COLOR or --no-color. */
export function useColor(io: Io, noColor: boolean): boolean {
  return (
    (Boolean(io.stdout.isTTY) || forced(io)) &&
    !noColor &&
    !('NO_COLOR' in io.env && io.env.NO_COLOR !== '')
  );
}

/** The terminal width; piped, COLUMNS when FORCE_COLOR is set, else 80. */
export const widthOf = (io: Io) =>
  io.stdout.isTTY && io.stdout.columns
    ? io.stdout.columns
    : forced(io) && Number(io.env.COLUMNS) > 0
      ? Number(io.env.COLUMNS)
      : 80;

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

// The painter marks its styles with a noncharacter and a per-process random key, not with ESC, so
// that `terminalSafe` can escape every control character of the data (ESC included) and still
// turn the painter's own marks into ANSI codes: text from a record, written before this process
// drew its key, cannot forge it. Math.random, not node:crypto, which would cost every command
// a few milliseconds of start-up.
const MARK = `\ufdd0${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;

/** A painter that styles text with ANSI codes when colour is on, and returns it as is otherwise. */
export const painter =
  (on: boolean) =>
  (style: Style, text: string): string =>
    on ? `${MARK}[${CODES[style][0]}m${text}${MARK}[${CODES[style][1]}m` : text;
export type Paint = ReturnType<typeof painter>;

const PAINT_MARKS = new RegExp(`${MARK}\\[[0-9;]*m`, 'g');
/** Text without the painter's styles: what a terminal shows, for measuring widths. */
export const unpainted = (text: string) => text.replace(PAINT_MARKS, '');

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is matched
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/g;

/**
 * Text as it may reach a terminal: every control character a terminal would act on (C0 but tab,
 * newline and the CR of a CRLF line end, which CSV and RIS require; DEL; C1; so every ESC, CSI or
 * OSC sequence) shown as a `\u00XX` escape, which is
 * also the JSON escape, so JSON output stays valid and means the same. Then the painter's marks
 * become ANSI codes.
 */
export const terminalSafe = (text: string): string =>
  text
    .replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replaceAll(MARK, '\u001b');
