import { Readable } from 'node:stream';
import { type Io, main } from '@black-january/cli';

const CLASSES: Record<string, string> = {
  1: 't-bold',
  2: 't-dim',
  31: 't-red',
  32: 't-green',
  33: 't-yellow',
  36: 't-cyan',
  7: 't-inverse',
};
const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Terminal output as HTML: the CLI's own ANSI styles become classes, everything else is escaped. */
export function ansiToHtml(text: string): string {
  let open = 0;
  let html = '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape codes are what is parsed
  for (const part of text.split(/(\u001b\[\d+m)/)) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the same ANSI codes
    const code = part.match(/^\u001b\[(\d+)m$/)?.[1];
    if (code === undefined) html += escapeHtml(part);
    else if (CLASSES[code]) {
      html += `<span class="${CLASSES[code]}">`;
      open++;
    } else if (open > 0) {
      html += '</span>';
      open--;
    }
  }
  return html + '</span>'.repeat(open);
}

/** Runs the CLI in process as on a 96-column colour terminal and records what it prints. */
export async function record(argv: string[], stdin = ''): Promise<{ out: string; code: number }> {
  let out = '';
  const append = (t: string) => {
    out += t;
    return true;
  };
  const sink = { write: append, isTTY: true, columns: 96 };
  const io: Io = {
    stdout: sink,
    stderr: { write: append, isTTY: false },
    stdin: Readable.from([stdin]) as Io['stdin'],
    env: {},
    cwd: process.cwd(),
    signal: new AbortController().signal,
  };
  const code = await main(argv, io);
  return { out, code };
}
