import type { Command } from '../command.js';
import { InputError } from '../errors.js';
import { progress } from '../progress.js';
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
    const inputs = await readRecordFiles(ctx.args, ctx.io);
    const steps = progress(ctx.io, 'validating', inputs.length);
    const results = [];
    try {
      for (const [i, { where, data }] of inputs.entries()) {
        // Now and then, a chance for Ctrl-C to act on a long run.
        if (i % 64 === 0) await steps.step(i, where);
        const result = validateRecord(data);
        results.push({ file: where, ok: result.ok, issues: result.ok ? [] : result.issues });
      }
    } finally {
      steps.end();
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
        `${bad} of ${results.length} record${results.length === 1 ? '' : 's'} invalid`,
      );
  },
};
