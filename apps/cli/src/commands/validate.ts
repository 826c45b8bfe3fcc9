import type { Command } from '../command.js';
import { InputError } from '../errors.js';
import { readText } from '../files.js';

export const validate: Command = {
  name: 'validate',
  summary: 'check record JSON files against the schema and the cross-field rules',
  usage: 'validate <record.json...|->',
  args: { min: 1, max: Number.POSITIVE_INFINITY },
  options: { json: { type: 'boolean', description: 'results as JSON' } },
  examples: [
    'black-january validate records/*.json',
    'black-january export --format jsonl | head -1 | black-january validate -',
  ],
  async run(ctx) {
    const { validateRecord } = await import('@black-january/corpus');
    const results = [];
    for (const path of ctx.args) {
      const { name, text } = await readText(path, ctx.io);
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (e) {
        throw new InputError(`${name} is not JSON: ${(e as Error).message}`);
      }
      const result = validateRecord(data);
      results.push({ file: name, ok: result.ok, issues: result.ok ? [] : result.issues });
    }
    if (ctx.values.json) ctx.write(`${JSON.stringify(results, null, 2)}\n`);
    else
      for (const r of results) {
        ctx.write(
          `${r.file}: ${r.ok ? ctx.paint('green', 'valid') : ctx.paint('red', `${r.issues.length} problem${r.issues.length === 1 ? '' : 's'}`)}\n`,
        );
        for (const i of r.issues)
          ctx.write(`  ${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}\n`);
      }
    const bad = results.filter((r) => !r.ok).length;
    if (bad > 0)
      throw new InputError(
        `${bad} of ${results.length} file${results.length === 1 ? '' : 's'} invalid`,
      );
  },
};
