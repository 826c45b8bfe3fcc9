import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { type AnyCommand, type Context, GLOBAL_OPTIONS, type Options } from './command.js';
import { COMMANDS } from './commands/index.js';
import { describeError, UsageError } from './errors.js';
import { commandHelp, mainHelp } from './help.js';
import { type Io, painter, terminalSafe, useColor, widthOf } from './io.js';

// Written in by the build (tsup.config.ts): reading package.json cost every run 0.4 ms.
declare const __CLI_VERSION__: string | undefined;

/** The CLI's version, from its package.json. */
export const VERSION: string =
  typeof __CLI_VERSION__ === 'string'
    ? __CLI_VERSION__
    : createRequire(import.meta.url)('../package.json').version;

async function closestCommand(name: string): Promise<string | undefined> {
  const { didYouMean } = await import('@black-january/corpus/records');
  return didYouMean(
    name,
    COMMANDS.map((c) => c.name),
  );
}

function parse(command: AnyCommand, argv: string[]) {
  const options: Options = { ...command.options, ...GLOBAL_OPTIONS };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: Object.fromEntries(
        Object.entries(options).map(([k, o]) => [
          k,
          o.short ? { type: o.type, short: o.short } : { type: o.type },
        ]),
      ),
    });
  } catch (e) {
    throw new UsageError(
      `${String((e as Error).message).split('\n')[0]} (black-january ${command.name} --help)`,
    );
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  for (const [a, b] of command.conflicts ?? [])
    if (values[a] !== undefined && values[b] !== undefined)
      throw new UsageError(
        `--${a} and --${b} cannot be used together (black-january ${command.name} --help)`,
      );
  for (const [k, o] of Object.entries(options))
    if (o.choices && typeof values[k] === 'string' && !o.choices.includes(values[k] as string))
      throw new UsageError(`--${k} '${String(values[k])}' is not one of ${o.choices.join(', ')}`);
  return { values, positionals: parsed.positionals };
}

async function dispatch(argv: string[], io: Io): Promise<void> {
  const [name, ...rest] = argv;
  if (
    name === undefined ||
    name === '--help' ||
    name === '-h' ||
    (name === 'help' && rest.length === 0)
  ) {
    io.stdout.write(mainHelp(COMMANDS, VERSION));
    return;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return;
  }
  const helpFor = name === 'help' ? rest[0] : undefined;
  const command = COMMANDS.find((c) => c.name === (helpFor ?? name));
  if (!command) {
    const near = await closestCommand(helpFor ?? name);
    throw new UsageError(
      `unknown command '${helpFor ?? name}'${near ? `: did you mean ${near}?` : ''}; run black-january --help`,
    );
  }
  const { values, positionals } = parse(command, helpFor ? ['--help'] : rest);
  if (values.help) {
    io.stdout.write(commandHelp(command));
    return;
  }
  if (positionals.length < command.args.min || positionals.length > command.args.max)
    throw new UsageError(`usage: black-january ${command.usage}`);
  const pretty = useColor(io, Boolean(values['no-color']));
  const ctx: Context<AnyCommand['options']> = {
    io,
    args: positionals,
    // Checked above against the definition (types, choices, conflicts): the command's typed values.
    values: values as Context<AnyCommand['options']>['values'],
    pretty,
    paint: painter(pretty),
    width: widthOf(io),
    write: (text) => io.stdout.write(terminalSafe(text)),
    note: (text) => io.stderr.write(`${terminalSafe(text)}\n`),
  };
  await command.run(ctx);
}

/** Runs the CLI on arguments with the given streams; resolves to the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    await dispatch(argv, io);
    return 0;
  } catch (error) {
    // The corpus's error classes are loaded only when something went wrong: no start-up cost.
    const { CorpusError } = await import('@black-january/corpus/errors');
    const { code, message } = describeError(error, argv.includes('--debug'), CorpusError);
    io.stderr.write(`${terminalSafe(message)}\n`);
    return code;
  }
}
