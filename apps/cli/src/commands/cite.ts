import type { CiteOptions, Pinpoint } from '@black-january/corpus/citations';
import type { DocumentRecord } from '@black-january/corpus/records';
import { CITATION_STYLES, CITE_FORMATS, CITE_MODES } from '@black-january/corpus/vocabulary';
import { defineCommand } from '../command.js';
import { InputError, UsageError } from '../errors.js';
import { intOption } from './shared.js';

/** A record file rather than a corpus id: stdin, a .json or .jsonl file, or a path. */
const isRecordFile = (arg: string) => arg === '-' || /\.jsonl?$/i.test(arg) || arg.includes('/');

export const cite = defineCommand({
  name: 'cite',
  summary: 'citations in the UN, Bluebook, OSCOLA, APA, Chicago or MLA style',
  usage:
    'cite <id...|record.json...|->|--all --style s [--mode m] [--format f] [--annex n] [--paragraph n] [--section s] [--csl file]',
  args: { min: 0, max: Number.POSITIVE_INFINITY },
  options: {
    style: {
      type: 'string',
      short: 's',
      description: 'un, un-bibliography, bluebook, oscola, apa, chicago, mla, or the name of --csl',
      placeholder: 'style',
    },
    mode: {
      type: 'string',
      description: 'citation form (default: the style’s first)',
      choices: CITE_MODES,
    },
    format: {
      type: 'string',
      description: 'output format (default text)',
      choices: CITE_FORMATS,
    },
    annex: { type: 'string', description: 'pinpoint: annex', placeholder: 'n' },
    paragraph: { type: 'string', description: 'pinpoint: paragraph', placeholder: 'n' },
    section: { type: 'string', description: 'pinpoint: section label', placeholder: 'label' },
    csl: { type: 'string', description: 'a CSL style file to cite with', placeholder: 'file.csl' },
    all: {
      type: 'boolean',
      description:
        'every document of the corpus, or of the record files given (sorted as a bibliography in bibliography mode)',
    },
    json: { type: 'boolean', description: 'JSON: text and warnings per citation' },
  },
  examples: [
    'black-january cite 2020-01-17-letter --style oscola',
    'black-january cite 2023-01-20-letter --style bluebook --annex 1 --paragraph 3',
    'black-january cite --all --style apa --mode bibliography --format markdown',
    'black-january cite 2020-01-17-letter --csl my-style.csl',
    'black-january cite records/letter.json --style oscola',
    'black-january cite records/*.json --all --style chicago --mode bibliography',
  ],
  async run(ctx) {
    const files = ctx.args.filter(isRecordFile);
    if (files.length > 0 && files.length < ctx.args.length)
      throw new UsageError('give corpus ids or record files, not both');
    if (ctx.values.all && ctx.args.length > 0 && files.length === 0)
      throw new UsageError('give document ids or --all, not both');
    const cited: Array<DocumentRecord | string> =
      files.length > 0
        ? await (await import('../records-input.js')).readValidRecords(files, ctx.io)
        : ctx.values.all
          ? (await import('@black-january/corpus/records')).documents.map((d) => d.id)
          : ctx.args;
    if (cited.length === 0) throw new UsageError('cite needs document ids, record files, or --all');
    let style = ctx.values.style;
    const csl = ctx.values.csl;
    const live = csl ? await import('@black-january/corpus/cite') : undefined;
    if (csl && live) {
      // Loaded only here: reading files costs start-up that citing corpus ids does not need.
      const { readText } = await import('../files.js');
      const { text } = await readText(csl, ctx.io);
      // Named after its file, so that a message about it names the file.
      style ??=
        csl
          .replace(/^.*[\\/]/, '')
          .replace(/\.csl$/i, '')
          .replace(/[^A-Za-z0-9._-]+/g, '-') || 'style';
      try {
        live.registerStyle(style, text);
      } catch (error) {
        if (error instanceof Error && error.name === 'CiteError')
          throw new InputError(`${csl}: ${error.message}`);
        throw error;
      }
    }
    if (!style) throw new UsageError(`cite needs --style (${CITATION_STYLES.join(', ')}) or --csl`);
    const pinpoint: Pinpoint = {};
    const annex = intOption(ctx.values, 'annex');
    const paragraph = intOption(ctx.values, 'paragraph');
    if (annex !== undefined) pinpoint.annex = annex;
    if (paragraph !== undefined) pinpoint.paragraph = paragraph;
    if (ctx.values.section !== undefined) pinpoint.section = ctx.values.section;
    const options: CiteOptions = { style, pinpoint };
    if (ctx.values.mode) options.mode = ctx.values.mode;
    if (ctx.values.format) options.format = ctx.values.format;
    // Shipped citations where there are some (no citation engine loaded), live ones otherwise,
    // in bibliography order for --all: one library call.
    const { citeEach } = await import('@black-january/corpus/citations');
    const citations = await citeEach(cited, {
      ...options,
      sorted: Boolean(ctx.values.all),
      live: () => import('@black-january/corpus/cite'),
    });
    if (ctx.values.json) {
      ctx.write(`${JSON.stringify(citations, null, 2)}\n`);
      return;
    }
    ctx.write(
      `${citations.map((c) => c.text).join(options.format === 'markdown' ? '\n\n' : '\n')}\n`,
    );
    for (const c of citations) for (const w of c.warnings) ctx.note(`warning: ${w.message}`);
  },
});
