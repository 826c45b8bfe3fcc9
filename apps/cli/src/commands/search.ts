import { defineCommand, JSON_OPTION } from '../command.js';
import { UsageError } from '../errors.js';
import { intOption } from './shared.js';

export const search = defineCommand({
  name: 'search',
  summary: 'ranked paragraphs matching a query, with the pinpoint to cite',
  usage: 'search <query...> [--any] [--fuzzy] [--no-prefix] [--limit n] [--json]',
  args: { min: 1, max: Number.POSITIVE_INFINITY },
  options: {
    limit: { type: 'string', description: 'at most this many hits (default 10)', placeholder: 'n' },
    any: {
      type: 'boolean',
      description: 'paragraphs with any of the words or phrases (default: all)',
    },
    fuzzy: {
      type: 'boolean',
      description: 'also near spellings: 1 edit for words of 4-7 letters, 2 from 8 (typos, OCR)',
    },
    'no-prefix': {
      type: 'boolean',
      description: 'the last word whole only (default: also as a prefix, "Marty" finds "Martyrs")',
    },
    ...JSON_OPTION,
  },
  examples: [
    'black-january search Martyrs',
    'black-january search \'"Black January"\' Baku   # a phrase, in quotes the shell passes on',
    'black-january search Sumqait --fuzzy',
    'black-january search "Soviet army" --limit 3',
    'black-january search Baku --json',
  ],
  async run(ctx) {
    const { searchDocuments } = await import('@black-january/corpus/records');
    const query = ctx.args.join(' ');
    if (!query.trim()) throw new UsageError('search needs a query');
    const limit = intOption(ctx.values, 'limit') ?? 10;
    const hits = searchDocuments(query, {
      limit,
      combine: ctx.values.any ? 'or' : 'and',
      fuzzy: Boolean(ctx.values.fuzzy),
      prefix: !ctx.values['no-prefix'],
    });
    if (ctx.values.json) {
      ctx.write(`${JSON.stringify(hits, null, 2)}\n`);
      return;
    }
    if (hits.length === 0) {
      ctx.note(`no paragraph matches '${query}'`);
      return;
    }
    for (const hit of hits) {
      let text = '';
      let at = 0;
      for (const [start, end] of hit.highlights) {
        text +=
          hit.text.slice(at, start) +
          (ctx.pretty
            ? ctx.paint('inverse', hit.text.slice(start, end))
            : `[${hit.text.slice(start, end)}]`);
        at = end;
      }
      text += hit.text.slice(at);
      ctx.write(
        `${ctx.paint('bold', hit.id)}, ${hit.pinpoint}  ${ctx.paint('dim', `score ${hit.score.toFixed(2)}`)}\n${text}\n\n`,
      );
    }
  },
});
