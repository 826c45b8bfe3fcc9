import type { Command } from '../command.js';
import { InputError } from '../errors.js';
import { readRecordFiles } from '../records-input.js';

export const validate: Command = {
  name: 'validate',
  summary: 'check records (JSON, a JSON array or JSONL) against the schema and cross-field rules',
  usage: 'validate <record.json...|->',
  args: { min: 1, max: Number.POSITIVE_INFINITY },
  options: { json: { type: 'boolean', description: 'results as JSON' } },
  examples: [
    'black-january validate records/*.json',
    'black-january export --format jsonl | black-january validate -',
  ],
  async run(ctx) {
    const { validateRecord } = await import('@black-january/corpus');
    const results = (await readRecordFiles(ctx.args, ctx.io)).map(({ where, data }) => {
      const result = validateRecord(data);
      return { file: where, ok: result.ok, issues: result.ok ? [] : result.issues };
    });
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
        `${bad} of ${results.length} record${results.length === 1 ? '' : 's'} invalid`,
      );
  },
};
