import { defineCommand } from '../command.js';
import { findDocument, intOption } from './shared.js';

export const show = defineCommand({
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
    const format = ctx.values.json ? 'json' : (ctx.values.format ?? 'text');
    const { blockText, documentView } = await import('@black-january/corpus/records');
    const at = {
      annex: intOption(ctx.values, 'annex'),
      paragraph: intOption(ctx.values, 'paragraph'),
    };
    const view = documentView(record, at);
    if (view.passage) {
      ctx.write(
        format === 'json'
          ? `${JSON.stringify(view.passage, null, 2)}\n`
          : `${blockText(view.passage, format === 'markdown' ? 'markdown' : 'text')}\n`,
      );
      return;
    }
    if (format === 'json') {
      const annex = record.annexes.find((a) => a.n === at.annex);
      ctx.write(`${JSON.stringify(annex ?? record, null, 2)}\n`);
      return;
    }
    const md = format === 'markdown';
    const meta = view.metadata.map(([k, v]) =>
      md ? `- **${k}**: ${v}` : `${ctx.paint('bold', k.padEnd(13))} ${v}`,
    );
    const parts = view.parts.flatMap((part) => [
      ...(part.heading ? [md ? `## ${part.heading}` : part.heading] : []),
      ...(part.subtitle ? [part.subtitle] : []),
      ...part.blocks.map((b) => blockText(b, md ? 'markdown' : 'text')),
    ]);
    const head = md ? [`# ${view.title}`, '', ...meta] : meta;
    ctx.write(`${[head.join('\n'), ...parts].join('\n\n')}\n`);
  },
});
