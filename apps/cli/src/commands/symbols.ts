import type { Command } from '../command.js';
import { JSON_OPTION } from '../command.js';
import { UsageError } from '../errors.js';
import { readText } from '../files.js';
import { table } from '../table.js';

export const symbols: Command = {
  name: 'symbols',
  summary:
    'UN document symbols in a text (stdin by default); `symbols parse <symbol>` explains one',
  usage: 'symbols [file|-] [--json] | symbols parse <symbol> [--json]',
  args: { min: 0, max: 2 },
  options: { ...JSON_OPTION },
  examples: [
    'black-january symbols letter.txt',
    'pdftotext report.pdf - | black-january symbols',
    'black-january symbols parse A/74/649-S/2020/34',
  ],
  async run(ctx) {
    const lib = await import('@black-january/corpus/symbols');
    if (ctx.args[0] === 'parse') {
      const text = ctx.args[1];
      if (!text) throw new UsageError('symbols parse needs a symbol, e.g. A/74/649');
      const parsed = lib.safeParseSymbol(text);
      if (!parsed.ok) throw new (await import('../errors.js')).InputError(parsed.error.message);
      const s = parsed.symbol;
      if (ctx.values.json) {
        ctx.write(`${JSON.stringify(s, null, 2)}\n`);
        return;
      }
      const rows = [
        ['normalised', s.normalized],
        ['description', s.description],
        ['link', lib.symbolUrl(s.normalized)],
        ['digital library', lib.digitalLibraryUrl(s.normalized)],
      ];
      const members = lib.symbolMembers(s);
      for (const [i, m] of members.entries())
        for (const c of m.components)
          rows.push([
            `${members.length > 1 ? `${i + 1}. ` : ''}${c.kind}`,
            Object.entries(c)
              .filter(([k, v]) => k !== 'kind' && v !== null)
              .map(([k, v]) => (k === 'value' ? String(v) : `${k} ${String(v)}`))
              .join(', '),
          ]);
      ctx.write(table(['', s.normalized], rows, ctx));
      return;
    }
    if (ctx.args.length > 1) throw new UsageError('symbols reads one file (or - for stdin)');
    const { text } = await readText(ctx.args[0] ?? '-', ctx.io);
    const found = lib.extractSymbols(text);
    if (ctx.values.json) {
      ctx.write(`${JSON.stringify(found, null, 2)}\n`);
      return;
    }
    const rows = found.map((f) => {
      const parsed = lib.safeParseSymbol(f.normalized);
      const doubt = [...f.repairs, ...f.notes].join('; ');
      return [
        f.text,
        f.confidence === 'certain' ? f.normalized : `${f.normalized} (${f.confidence})`,
        parsed.ok ? lib.describeSymbol(f.normalized) + (doubt ? ` [${doubt}]` : '') : doubt,
        parsed.ok ? lib.symbolUrl(f.normalized) : '',
      ];
    });
    ctx.write(table(['as printed', 'symbol', 'description', 'link'], rows, ctx));
    if (found.length === 0) ctx.note('no UN document symbol found');
  },
};
