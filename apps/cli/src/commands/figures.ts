import type { Command } from '../command.js';
import { JSON_OPTION } from '../command.js';
import { UsageError } from '../errors.js';
import { table } from '../table.js';

export const figures: Command = {
  name: 'figures',
  summary: 'what each document states, per figure (killed, wounded, …), with the quote',
  usage: 'figures [metric] [--json]',
  args: { min: 0, max: 1 },
  options: { ...JSON_OPTION },
  examples: [
    'black-january figures',
    'black-january figures killed',
    'black-january figures --json',
  ],
  async run(ctx) {
    const { compareFigures, FIGURE_METRICS, figureValue } = await import(
      '@black-january/corpus/records'
    );
    const metric = ctx.args[0];
    if (metric !== undefined && !(FIGURE_METRICS as readonly string[]).includes(metric))
      throw new UsageError(
        `unknown metric '${metric}'; choose one of ${FIGURE_METRICS.join(', ')}`,
      );
    const comparisons = compareFigures(
      metric as (typeof FIGURE_METRICS)[number] | undefined,
    ).filter((c) => c.statements.length > 0);
    if (ctx.values.json) {
      ctx.write(`${JSON.stringify(comparisons, null, 2)}\n`);
      return;
    }
    for (const c of comparisons) {
      const max = Math.max(...c.values);
      const rows = c.statements.map((s) => {
        const bar = ctx.pretty
          ? ctx.paint('cyan', '█'.repeat(Math.max(1, Math.round((s.value / max) * 20))))
          : '';
        return [
          s.id,
          s.pinpoint,
          `${figureValue(s)} ${s.term}`,
          ...(ctx.pretty ? [bar] : []),
          `“${s.quote}”`,
        ];
      });
      // Each distinct statement once, in words ("more than 600 / 744"), not bare numbers.
      const stated = [...new Set(c.statements.map(figureValue))];
      const agree = c.agree ? 'the documents agree' : `the documents differ: ${stated.join(' / ')}`;
      ctx.write(
        `${ctx.paint('bold', c.metric)} — ${agree} (each figure is what that document states)\n`,
      );
      ctx.write(
        table(['document', 'where', 'states', ...(ctx.pretty ? [''] : []), 'quote'], rows, ctx),
      );
      ctx.write('\n');
    }
  },
};
