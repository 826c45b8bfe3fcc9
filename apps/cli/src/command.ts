import type { Io, Paint } from './io.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  description: string;
  /** The values a string option accepts; anything else is a usage error. */
  choices?: readonly string[];
  placeholder?: string;
}

/** A command as data: the dispatcher parses, checks and documents it from this. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Positional arguments: how many. */
  args: { min: number; max: number };
  options: Record<string, OptionSpec>;
  /** Pairs of options that cannot be given together: a usage error names them. */
  conflicts?: ReadonlyArray<readonly [string, string]>;
  examples: string[];
  run(ctx: Context): Promise<void>;
}

export interface Context {
  io: Io;
  args: string[];
  values: Record<string, string | boolean | undefined>;
  /** On a terminal with colour allowed: tables padded, matches highlighted. */
  pretty: boolean;
  paint: Paint;
  width: number;
  write(text: string): void;
  /** A note on stderr (progress, warnings): never mixed into the output. */
  note(text: string): void;
}

/** Options every command takes. */
export const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  help: { type: 'boolean', short: 'h', description: 'show help for the command' },
  debug: { type: 'boolean', description: 'show stack traces of errors' },
  'no-color': { type: 'boolean', description: 'no colour or table drawing (also NO_COLOR)' },
};

export const JSON_OPTION: Record<string, OptionSpec> = {
  json: { type: 'boolean', description: 'machine-readable JSON output' },
};
