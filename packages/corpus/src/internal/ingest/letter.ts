import type { Provenance } from '../../schema.js';
import type { Block } from '../../schema-text.js';
import { curated, notApplicable, notFound } from '../provenance.js';
import { joinPageBreaks, type TextBlock } from './blocks.js';
import { readBody } from './body.js';
import type { Draft } from './draft.js';
import { evidenceOf } from './evidence.js';
import type { Removal } from './lines.js';
import { readMasthead } from './masthead.js';
import { readTitle } from './title.js';
import type { Warning } from './warnings.js';

/** The closing request to circulate the letter as a document of the organs. */
export const CIRCULATION = /(?:circulated|distributed|issued) as (?:an? )?(?:official )?document/i;

const stated = (...evidence: Array<{ line: number; quote: string }>) =>
  evidence.length > 0 ? ({ status: 'stated', evidence } as const) : notFound();

/** A letter: masthead, title line, body, signature, annexes. */
export function readLetter(
  blocks: TextBlock[],
  titleIndex: number,
  headerSymbols: string[],
  dropped: ReadonlySet<number>,
  removed: Removal[],
  warnings: Warning[],
): Draft {
  const titleBlock = blocks[titleIndex] as TextBlock;
  const titleLine = titleBlock.lines[0] as TextBlock['lines'][number];
  const masthead = readMasthead(blocks.slice(0, titleIndex), warnings);
  const title = readTitle(titleBlock.text);
  const reading = readBody(joinPageBreaks(blocks.slice(titleIndex + 1), removed, dropped));
  const mastheadLines = blocks.slice(0, titleIndex).flatMap((b) => b.lines.map((l) => l.text));
  const body: Block[] = [
    ...(mastheadLines.length ? [{ type: 'masthead' as const, lines: mastheadLines }] : []),
    { type: 'heading', role: 'title', text: titleBlock.text },
    ...reading.body,
  ];
  let symbols = masthead.symbols;
  let symbolProvenance: Provenance['symbols'] = stated(...masthead.symbolEvidence);
  if (symbols.length === 0 && headerSymbols.length > 0) {
    symbols = headerSymbols;
    symbolProvenance = curated(
      'The masthead prints no symbol; the running headers repeat this one.',
    );
    warnings.push({
      code: 'symbol-only-in-running-header',
      message: `symbol ${headerSymbols.join(', ')} found only in a running header`,
      line: null,
    });
  } else if (symbols.length === 0)
    warnings.push({
      code: 'no-symbol',
      message: 'the masthead prints no document symbol',
      line: null,
    });
  if (!title.author?.country)
    warnings.push({
      code: 'title-no-country',
      message: 'title line names no country',
      line: titleLine.n,
    });
  if (!title.date)
    warnings.push({
      code: 'title-no-date',
      message: 'title line gives no date',
      line: titleLine.n,
    });
  const request = reading.body.findLast((b) => b.type === 'paragraph' && CIRCULATION.test(b.text));
  if (request?.type === 'paragraph') {
    const missing = masthead.agendaItems.filter(
      (a) => !new RegExp(`\\b${a.number.replace(/[()]/g, '\\$&')}(?![\\w(])`).test(request.text),
    );
    if (missing.length)
      warnings.push({
        code: 'agenda-request-mismatch',
        message: `agenda items ${missing.map((a) => a.number).join(', ')} are not named in the circulation request`,
        line: null,
      });
  }
  const signatureLine = reading.signatureLines[0];
  return {
    kind: 'letter',
    title: titleBlock.text,
    titleIsDescriptive: false,
    date: title.date?.iso ?? null,
    distributionDate: masthead.distributionDate?.value ?? null,
    symbols,
    distribution: masthead.distribution?.value ?? null,
    originalLanguage: masthead.originalLanguage?.value ?? null,
    organs: masthead.organs,
    agendaItems: masthead.agendaItems,
    issuer: masthead.organs.length
      ? { name: 'United Nations', kind: 'organization', country: null }
      : null,
    author: title.author,
    addressee: title.addressees[0] ?? null,
    signatories: reading.signatories,
    body,
    annexes: reading.annexes,
    provenance: {
      kind: stated(evidenceOf(titleLine, titleLine.text.split(' dated ')[0] ?? '')),
      title: stated(evidenceOf(titleLine, titleLine.text)),
      date: title.date ? stated(evidenceOf(titleLine, title.date.printed)) : notFound(),
      distributionDate: masthead.distributionDate
        ? stated(masthead.distributionDate.evidence)
        : notFound(),
      symbols: symbolProvenance,
      distribution: masthead.distribution ? stated(masthead.distribution.evidence) : notFound(),
      originalLanguage: masthead.originalLanguage
        ? stated(masthead.originalLanguage.evidence)
        : notFound(),
      organs: masthead.organs.length ? stated(...masthead.organEvidence) : notFound(),
      agendaItems: masthead.agendaItems.length
        ? stated(...masthead.agendaEvidence)
        : notApplicable('No agenda items printed.'),
      issuer: masthead.organs.length
        ? curated(
            'A letter circulated as a document of United Nations organs is issued by the United Nations under the organs its masthead names.',
          )
        : notFound(),
      author:
        title.author && title.authorPhrase
          ? stated(evidenceOf(titleLine, title.authorPhrase))
          : notFound(),
      addressee:
        title.addressees.length && title.addresseePhrase
          ? stated(evidenceOf(titleLine, title.addresseePhrase))
          : notFound(),
      signatories:
        reading.signatories.length && signatureLine
          ? stated({
              line: signatureLine,
              quote:
                blocks
                  .flatMap((b) => b.lines)
                  .find((l) => l.n === signatureLine)
                  ?.raw.trim() ?? '',
            })
          : notFound(),
      occasion: notFound(),
    },
  };
}
