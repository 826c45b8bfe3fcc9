import { defineCommand, JSON_OPTION } from '../command.js';
import { UsageError } from '../errors.js';
import { table, wrap } from '../table.js';

const BAR_WIDTH = 10;
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A bar `share` (0 to 1) of BAR_WIDTH cells long, to an eighth of a cell; never empty. */
export function bar(share: number): string {
  const eighths = Math.max(1, Math.round(share * BAR_WIDTH * 8));
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}

export const figures = defineCommand({
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
    const { compareFigures, FIGURE_METRICS, figureValue, formatNumber } = await import(
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
      const rows = c.statements.map((s) => [
        s.id,
        s.pinpoint,
        `${figureValue(s)} ${s.term}`,
        ...(ctx.pretty ? [{ text: bar(s.value / max), style: 'cyan' as const }] : []),
        `“${s.quote}”`,
      ]);
      // Each distinct statement once, in words ("more than 600 / 744"), not bare numbers.
      const stated = [...new Set(c.statements.map(figureValue))];
      const agree = c.agree ? 'the documents agree' : `the documents differ: ${stated.join(' / ')}`;
      const heading = `${c.metric} — ${agree} (each figure is what that document states)`;
      const lines = wrap(heading, ctx.pretty ? ctx.width : Number.POSITIVE_INFINITY);
      lines[0] = ctx.paint('bold', c.metric) + (lines[0] ?? '').slice(c.metric.length);
      ctx.write(`${lines.join('\n')}\n`);
      const columns = [
        'document',
        { header: 'where', wrap: true },
        { header: 'states', wrap: true },
        ...(ctx.pretty ? [`0 to ${formatNumber(max)}`] : []),
        { header: 'quote', wrap: true },
      ];
      ctx.write(table(columns, rows, ctx));
      ctx.write('\n');
    }
  },
});
