export type { Command, Context, OptionSpec } from './command.js';
export { COMMANDS } from './commands/index.js';
export { describeError, InputError, Interrupted, UsageError } from './errors.js';
export { commandHelp, mainHelp } from './help.js';
export type { Io } from './io.js';
export { main, VERSION } from './main.js';
