import { defineCommand, JSON_OPTION } from '../command.js';
import { UsageError } from '../errors.js';
import { readText } from '../files.js';
import { table } from '../table.js';

export const symbols = defineCommand({
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
      const members = lib.explainSymbol(s.normalized);
      const rows: string[][] = [
        ['symbol', s.normalized],
        ['link', lib.symbolUrl(s.normalized)],
        ['digital library', lib.digitalLibraryUrl(s.normalized)],
      ];
      // A double symbol's members are labelled and their parts indented under them.
      const indent = members.length > 1 ? '  ' : '';
      for (const [i, m] of members.entries()) {
        if (members.length > 1) rows.push([`member ${i + 1}`, m.normalized]);
        rows.push([`${indent}description`, m.description]);
        for (const p of m.parts) rows.push([`${indent}${p.label}`, p.value]);
      }
      if (s.reissued && !rows.some((r) => r[0]?.trim() === 'reissued'))
        rows.push(['reissued', 'yes (the * after the symbol)']);
      ctx.write(table(['part', { header: 'reading', wrap: true }], rows, ctx));
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
      const parsed = lib.safeParseSymbol(f.normalized, { unknownRoots: true });
      const certain = f.confidence === 'certain';
      return [
        f.text,
        f.normalized,
        certain ? f.confidence : { text: f.confidence, style: 'yellow' as const },
        // Why a symbol is not certain: the repair guessed, or what was odd about it.
        [...f.repairs, ...f.notes].join('; '),
        parsed.ok ? lib.describeSymbol(f.normalized, { unknownRoots: true }) : '',
        parsed.ok ? lib.symbolUrl(f.normalized) : '',
      ];
    });
    ctx.write(
      table(
        [
          'as printed',
          'symbol',
          'confidence',
          { header: 'why', wrap: true },
          { header: 'description', wrap: true },
          'link',
        ],
        rows,
        ctx,
      ),
    );
    if (found.length === 0) ctx.note('no UN document symbol found');
  },
});
