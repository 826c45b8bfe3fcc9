import { type AnyCommand, GLOBAL_OPTIONS, type Options } from './command.js';

const optionLines = (options: Options) =>
  Object.entries(options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ` <${o.placeholder ?? 'value'}>` : ''}`;
    const choices = o.choices ? ` (${o.choices.join(', ')})` : '';
    return `  ${flag.padEnd(30)} ${o.description}${choices}`;
  });

/** The help text of one command, generated from its definition. */
export function commandHelp(command: AnyCommand): string {
  return [
    `black-january ${command.name} — ${command.summary}`,
    '',
    `Usage: black-january ${command.usage}`,
    '',
    'Options:',
    ...optionLines({ ...command.options, ...GLOBAL_OPTIONS }),
    '',
    'Examples:',
    ...command.examples.map((e) => `  $ ${e}`),
    '',
  ].join('\n');
}

/** The top-level help: every command with its summary. */
export function mainHelp(commands: readonly AnyCommand[], version: string): string {
  return [
    `black-january ${version} — the Black January corpus (documents of the Permanent Mission of Azerbaijan to the UN on 20 January 1990) in a terminal`,
    '',
    'Usage: black-january <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`),
    '',
    'Options:',
    '  -h, --help     show help (also after a command)',
    '  -v, --version  show the version',
    '',
    'Exit codes: 0 success, 1 bad input, 2 bad usage, 130 interrupted.',
    "Run `black-january <command> --help` for a command's options and examples.",
    '',
  ].join('\n');
}
