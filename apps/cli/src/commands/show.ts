import type { Block, DocumentRecord } from '@black-january/corpus/records';
import type { Command } from '../command.js';
import { InputError } from '../errors.js';
import { findDocument, intOption } from './shared.js';

function blockText(block: Block, markdown: boolean): string {
  if (block.type === 'paragraph' || block.type === 'blockquote')
    return markdown ? `${block.n}. ${block.text}` : `[${block.n}] ${block.text}`;
  if ('lines' in block) return block.lines.join('\n');
  return block.text;
}

function metadata(
  r: DocumentRecord,
  organLabel: (o: DocumentRecord['organs'][number]) => string,
): Array<[string, string]> {
  const rows: Array<[string, string | undefined]> = [
    ['id', r.id],
    ['kind', r.kind],
    ['title', r.title],
    ['date', r.date ?? 'undated'],
    ['distributed', r.distributionDate ?? undefined],
    ['symbols', r.symbols.join(', ') || 'none printed'],
    ['organs', r.organs.map(organLabel).join('; ') || undefined],
    ['agenda items', r.agendaItems.map((a) => `${a.number} ${a.title}`).join('; ') || undefined],
    ['issuer', r.issuer?.name],
    ['author', r.author?.name],
    ['addressee', r.addressee?.name],
    ['signatories', r.signatories.map((s) => s.name).join(', ') || undefined],
    ['source', `${r.source.fileName} (sha256 ${r.source.sha256})`],
  ];
  return rows.filter((row): row is [string, string] => row[1] !== undefined);
}

export const show: Command = {
  name: 'show',
  summary: 'one document: metadata, then the text with paragraph numbers',
  usage: 'show <id|symbol> [--format text|markdown|json] [--paragraph n] [--annex n]',
  args: { min: 1, max: 1 },
  conflicts: [['json', 'format']],
  options: {
    format: { type: 'string', description: 'output format', choices: ['text', 'markdown', 'json'] },
    paragraph: { type: 'string', description: 'only this paragraph', placeholder: 'n' },
    annex: {
      type: 'string',
      description: 'only this annex (with --paragraph: its paragraph)',
      placeholder: 'n',
    },
    json: { type: 'boolean', description: 'same as --format json' },
  },
  examples: [
    'black-january show 2020-01-17-letter',
    'black-january show 2023-01-20-letter --annex 1 --paragraph 3',
    'black-january show 2020-01-20-press-release --format markdown > release.md',
  ],
  async run(ctx) {
    const record = await findDocument(ctx.args[0] as string);
    const format = ctx.values.json ? 'json' : ((ctx.values.format as string | undefined) ?? 'text');
    const annexN = intOption(ctx.values, 'annex');
    const paragraph = intOption(ctx.values, 'paragraph');
    const annex = annexN === undefined ? undefined : record.annexes.find((a) => a.n === annexN);
    if (annexN !== undefined && !annex)
      throw new InputError(
        `${record.id} has no annex ${annexN}${record.annexes.length ? '' : ' (it has no annexes)'}`,
      );
    const blocks = annex ? annex.body : record.body;
    if (paragraph !== undefined) {
      const block = blocks.find(
        (b) => (b.type === 'paragraph' || b.type === 'blockquote') && b.n === paragraph,
      );
      if (!block)
        throw new InputError(
          `${record.id} has no paragraph ${paragraph}${annex ? ` in annex ${annexN}` : ''}`,
        );
      ctx.write(
        format === 'json'
          ? `${JSON.stringify(block, null, 2)}\n`
          : `${blockText(block, format === 'markdown')}\n`,
      );
      return;
    }
    if (format === 'json') {
      ctx.write(`${JSON.stringify(annex ?? record, null, 2)}\n`);
      return;
    }
    const md = format === 'markdown';
    const { organLabel } = await import('@black-january/corpus/records');
    const meta = metadata(record, organLabel).map(([k, v]) =>
      md ? `- **${k}**: ${v}` : `${ctx.paint('bold', k.padEnd(13))} ${v}`,
    );
    const body = blocks.map((b) => blockText(b, md));
    const annexes = annex
      ? []
      : record.annexes.flatMap((a) => [
          md ? `## ${a.title}` : a.title,
          ...(a.subtitle ? [a.subtitle] : []),
          ...a.body.map((b) => blockText(b, md)),
        ]);
    const head = md ? [`# ${record.title}`, '', ...meta] : meta;
    ctx.write(
      `${[head.join('\n'), ...(annex ? [annex.title] : []), ...body, ...annexes].join('\n\n')}\n`,
    );
  },
};
