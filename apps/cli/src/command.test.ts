import { describe, expect, expectTypeOf, it } from 'vitest';
import { runMain } from '../test/helpers.js';
import { defineCommand } from './command.js';
import { COMMANDS } from './commands/index.js';

describe('defineCommand', () => {
  it('types each option value from its definition (checked by tsc in pnpm test)', () => {
    const command = defineCommand({
      name: 'demo',
      summary: 'a demo',
      usage: 'demo',
      args: { min: 0, max: 0 },
      options: {
        format: { type: 'string', description: 'f', choices: ['text', 'json'] },
        out: { type: 'string', description: 'o' },
        force: { type: 'boolean', description: 'x' },
      },
      conflicts: [['format', 'out']],
      examples: [],
      async run(ctx) {
        expectTypeOf(ctx.values.format).toEqualTypeOf<'text' | 'json' | undefined>();
        expectTypeOf(ctx.values.out).toEqualTypeOf<string | undefined>();
        expectTypeOf(ctx.values.force).toEqualTypeOf<boolean | undefined>();
        expectTypeOf(ctx.values.debug).toEqualTypeOf<boolean | undefined>();
        // @ts-expect-error: an option the command does not define
        ctx.values.nope;
      },
    });
    // @ts-expect-error: a conflict must name options the command defines
    defineCommand({ ...command, conflicts: [['format', 'nope']] });
    expect(command.name).toBe('demo');
  });
});

describe('the dispatcher, in-process', () => {
  const run = (argv: string[]) => runMain(argv, { cwd: process.cwd() });

  it('takes every choice list from core and refuses what is not in it, naming the choices', async () => {
    const { CITE_FORMATS, CITE_MODES, DOCUMENT_KINDS, FILE_FORMATS, RECORD_FORMATS } = await import(
      '@black-january/corpus/vocabulary'
    );
    const choices = (command: string, option: string) =>
      COMMANDS.find((c) => c.name === command)?.options[option]?.choices;
    expect(choices('export', 'format')).toEqual([...RECORD_FORMATS, ...FILE_FORMATS]);
    expect(choices('cite', 'mode')).toEqual(CITE_MODES);
    expect(choices('cite', 'format')).toEqual(CITE_FORMATS);
    expect(choices('list', 'kind')).toEqual(DOCUMENT_KINDS);
    expect(await run(['export', '--format', 'docx'])).toEqual({
      code: 2,
      out: '',
      err: `error: --format 'docx' is not one of ${[...RECORD_FORMATS, ...FILE_FORMATS].join(', ')}\n`,
    });
  });

  it('refuses options given together that conflict, unknown options and wrong argument counts', async () => {
    expect((await run(['export', '--schema', '--kind', 'letter'])).err).toBe(
      'error: --schema and --kind cannot be used together (black-january export --help)\n',
    );
    expect(await run(['list', '--colour'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(
        /^error: Unknown option '--colour'.*\(black-january list --help\)\n$/,
      ),
    });
    expect(await run(['show'])).toMatchObject({ code: 2, err: expect.stringContaining('usage:') });
    expect(await run(['shwo'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('did you mean show?'),
    });
  });
});
