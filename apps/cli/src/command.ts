import type { Io, Paint } from './io.js';

/** An option as data: its type, help, and for a string the values it accepts. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  description: string;
  /** The values a string option accepts; anything else is a usage error. */
  choices?: readonly string[];
  placeholder?: string;
}

export type Options = Readonly<Record<string, OptionSpec>>;

/** The value an option parses to: a flag is a boolean, a string one of its choices or any text. */
export type OptionValue<O extends OptionSpec> = O['type'] extends 'boolean'
  ? boolean | undefined
  : O['choices'] extends readonly (infer C)[]
    ? C | undefined
    : string | undefined;

/** Options every command takes. */
export const GLOBAL_OPTIONS = {
  help: { type: 'boolean', short: 'h', description: 'show help for the command' },
  debug: { type: 'boolean', description: 'show stack traces of errors' },
  'no-color': { type: 'boolean', description: 'no colour or table drawing (also NO_COLOR)' },
} as const satisfies Options;

/** The parsed values of a command's options (and the global ones), typed from its definition. */
export type Values<O extends Options> = {
  readonly [K in keyof O | keyof typeof GLOBAL_OPTIONS]: K extends keyof O
    ? OptionValue<O[K]>
    : K extends keyof typeof GLOBAL_OPTIONS
      ? OptionValue<(typeof GLOBAL_OPTIONS)[K]>
      : never;
};

export interface Context<O extends Options = Options> {
  io: Io;
  args: string[];
  values: Values<O>;
  /** On a terminal with colour allowed: tables padded, matches highlighted. */
  pretty: boolean;
  paint: Paint;
  width: number;
  write(text: string): void;
  /** A note on stderr (progress, warnings): never mixed into the output. */
  note(text: string): void;
}

/** A command as data: the dispatcher parses, checks and documents it from this. */
export interface Command<O extends Options = Options> {
  name: string;
  summary: string;
  usage: string;
  /** Positional arguments: how many. */
  args: { min: number; max: number };
  options: O;
  /** Pairs of options that cannot be given together: a usage error names them. */
  conflicts?: ReadonlyArray<readonly [keyof O & string, keyof O & string]>;
  examples: string[];
  run(ctx: Context<O>): Promise<void>;
}

/** Any command, whatever its options: what the dispatcher, help and completion take. */
// biome-ignore lint/suspicious/noExplicitAny: a command's own options are known only inside it; the dispatcher parses against its definition
export type AnyCommand = Command<any>;

/**
 * A command, its option values typed from its option definitions: a flag reads as a boolean, a
 * string option with choices as the union of them, any other as a string.
 */
export const defineCommand = <const O extends Options>(command: Command<O>): Command<O> => command;

export const JSON_OPTION = {
  json: { type: 'boolean', description: 'machine-readable JSON output' },
} as const satisfies Options;
