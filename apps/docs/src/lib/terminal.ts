import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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

// The CLI as a user runs it: its bin, in a child process of this Node.
const BIN = join(
  dirname(createRequire(import.meta.url).resolve('@black-january/cli/package.json')),
  'bin',
  'black-january.cjs',
);

/**
 * Runs the built CLI and records what it prints: as on a 96-column colour terminal, or plain
 * (`colour: false`) as when piped.
 */
export function record(argv: string[], stdin = '', colour = true): { out: string; code: number } {
  const { NO_COLOR: _, FORCE_COLOR: __, ...env } = process.env;
  const run = spawnSync(process.execPath, [BIN, ...argv], {
    input: stdin,
    encoding: 'utf8',
    env: colour ? { ...env, FORCE_COLOR: '1', COLUMNS: '96' } : env,
  });
  return { out: `${run.stdout}${run.stderr}`, code: run.status ?? 1 };
}
