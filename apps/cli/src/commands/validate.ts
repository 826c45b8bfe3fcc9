import type { Issue } from '@black-january/corpus';
import { defineCommand } from '../command.js';
import { InputError } from '../errors.js';
import { progress } from '../progress.js';
import { readRecordFiles } from '../records-input.js';

export const validate = defineCommand({
  name: 'validate',
  summary: 'check records (JSON, a JSON array or JSONL) against the schema and cross-field rules',
  usage: 'validate <record.json...|-> [--keep-going] [--json]',
  args: { min: 1, max: Number.POSITIVE_INFINITY },
  options: {
    'keep-going': {
      type: 'boolean',
      description: 'a file or line that is not JSON is one more bad record, not the end of the run',
    },
    json: { type: 'boolean', description: 'results as JSON' },
  },
  examples: [
    'black-january validate records/*.json',
    'black-january export --format jsonl | black-january validate -',
  ],
  async run(ctx) {
    const { formatIssue, recordSetValidator } = await import('@black-january/corpus');
    type Result = { file: string; ok: boolean; issues: readonly Issue[] };
    const results: Result[] = [];
    const unreadable = (file: string, message: string) =>
      results.push({
        file,
        ok: false,
        issues: [{ code: 'unreadable', message, path: [] }],
      });
    const inputs = await readRecordFiles(
      ctx.args,
      ctx.io,
      ctx.values['keep-going'] ? unreadable : undefined,
    );
    const where = (i: number) => inputs[i]?.where ?? `record ${i}`;
    const validator = recordSetValidator({ name: where });
    const steps = progress(ctx.io, 'validating', inputs.length);
    try {
      for (const [i, { data }] of inputs.entries()) {
        // Now and then, a chance for Ctrl-C to act on a long run.
        if (i % 64 === 0) await steps.step(i, where(i));
        const result = validator.check(data);
        results.push({ file: where(i), ok: result.ok, issues: result.ok ? [] : result.issues });
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
        for (const i of r.issues) ctx.write(`  ${formatIssue(i)}\n`);
      }
    const bad = results.filter((r) => !r.ok).length;
    if (bad > 0)
      throw new InputError(
        `${bad} of ${results.length} record${results.length === 1 ? '' : 's'} invalid`,
      );
  },
});
