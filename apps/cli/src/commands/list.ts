import { defineCommand, JSON_OPTION } from '../command.js';
import { table } from '../table.js';
import { dateOf, FILTER_OPTIONS, filterFrom } from './shared.js';

export const list = defineCommand({
  name: 'list',
  summary: 'the documents as a table, with filters',
  usage:
    'list [--kind k] [--year yyyy] [--from d] [--to d] [--organ o] [--agenda-item n] [--signatory s] [--mentions m] [--json]',
  args: { min: 0, max: 0 },
  options: { ...FILTER_OPTIONS, ...JSON_OPTION },
  examples: [
    'black-january list',
    'black-january list --kind letter --organ SC',
    'black-january list --mentions Baku --json | jq ".[].id"',
  ],
  async run(ctx) {
    const { filterDocuments } = await import('@black-january/corpus/records');
    const docs = filterDocuments(filterFrom(ctx.values));
    if (ctx.values.json) {
      ctx.write(
        `${JSON.stringify(
          docs.map((d) => ({
            id: d.id,
            date: d.date,
            kind: d.kind,
            title: d.title,
            symbols: d.symbols,
          })),
          null,
          2,
        )}\n`,
      );
      return;
    }
    const rows = docs.map((d) => [d.id, dateOf(d), d.kind, d.title, d.symbols.join(' ') || '—']);
    ctx.write(
      table(
        ['id', 'date', 'kind', { header: 'title', wrap: true }, { header: 'symbols', wrap: true }],
        rows,
        ctx,
      ),
    );
    if (docs.length === 0) ctx.note('no document matches these filters');
  },
});
