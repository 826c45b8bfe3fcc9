import type { Block } from '../../schema-text.js';
import { curated, notApplicable, notFound } from '../records/provenance.js';
import { joinLines, joinPageBreaks, noteMended, type TextBlock } from './blocks.js';
import { type BodyReading, readBody } from './body.js';
import { findDate } from './dates.js';
import type { Draft } from './draft.js';
import { evidenceOf } from './evidence.js';
import { footnoteReferences, takeFootnotes } from './footnotes.js';
import { warnAboutLetter } from './letter-warnings.js';
import type { Line, Removal } from './lines.js';
import { readMasthead } from './masthead.js';
import { noteReading } from './note.js';
import { ownSymbols } from './own-symbols.js';
import { takeSequelHead } from './sequel-head.js';
import { KIND_WORDS_END, readTitle, type TitleReading } from './title.js';
import type { Warning } from './warnings.js';

const stated = (...evidence: Array<{ line: number; quote: string }>) =>
  evidence.length > 0 ? ({ status: 'stated', evidence } as const) : notFound();

/** The parts of a letter or note verbale as the layout found them. */
export interface LetterParts {
  masthead: readonly Line[];
  /** The title's lines; empty for a note verbale that prints none. */
  title: readonly Line[];
  body: readonly TextBlock[];
  /** Symbols printed only in running headers (each member of a double symbol). */
  headerSymbols: readonly string[];
  /** Input lines removed as page furniture, for re-joining paragraphs a page break split. */
  dropped: ReadonlySet<number>;
}

/** The date a letter's dateline prints, and its line. */
function datedBy(dateline: BodyReading['dateline']) {
  const found = dateline ? findDate(dateline.text) : null;
  return dateline && found ? { ...found, line: dateline.line } : null;
}

/** A letter or note verbale: masthead, title line, body, signature, annexes. */
export function readLetter(parts: LetterParts, removed: Removal[], warnings: Warning[]): Draft {
  const mended: number[] = [];
  const titleText = joinLines(parts.title, mended);
  noteMended(mended, removed);
  const titleLine = parts.title[0];
  const masthead = readMasthead(parts.masthead, warnings);
  const { body: afterFootnotes, footnotes } = takeFootnotes(parts.body, removed);
  const { head: sequelHead, body: bodyBlocks } = takeSequelHead(afterFootnotes, removed);
  const mastheadLines = [...parts.masthead, ...footnotes];
  const reading = readBody(joinPageBreaks(bodyBlocks, removed, parts.dropped));
  const firstParagraph = reading.body.find((b) => b.type === 'paragraph');
  const firstText = firstParagraph?.type === 'paragraph' ? firstParagraph.text : undefined;
  const note = noteReading(firstText);
  const isNote =
    /^(?:Identical )?Notes? verba[l1]es?\b/i.test(titleText) ||
    (parts.title.length === 0 && note !== null);
  const fromTitle = readTitle(titleText, parts.body.length === 0 && titleText !== '');
  // A copy from a mission's site may date the letter in a dateline, not in its title.
  const ownDate = fromTitle.date ? null : datedBy(reading.dateline);
  // A note's opening names its mission in full where a title may not ("from the Permanent Mission
  // to the United Nations"): the State the title does not name is the opening's.
  const noteAuthor =
    note &&
    (!fromTitle.author || (!fromTitle.joint && !fromTitle.author.country && note.author?.country));
  const title: TitleReading = {
    ...fromTitle,
    ...(noteAuthor ? { author: note.author, authorPhrase: note.authorPhrase } : {}),
    ...(fromTitle.addressees.length || !note
      ? {}
      : { addressees: note.addressees, addresseePhrase: note.addresseePhrase }),
  };
  const noteLine = firstText
    ? parts.body.find((b) => b.text.startsWith(firstText.slice(0, 60)))?.lines[0]
    : undefined;
  const authorLine = noteAuthor ? noteLine : titleLine;
  const addresseeLine = fromTitle.addressees.length ? titleLine : noteLine;
  const body: Block[] = [
    ...(mastheadLines.length
      ? [{ type: 'masthead' as const, lines: mastheadLines.map((l) => l.text) }]
      : []),
    ...(titleText ? [{ type: 'heading' as const, role: 'title' as const, text: titleText }] : []),
    ...(sequelHead
      ? [{ type: 'heading' as const, role: 'subtitle' as const, text: sequelHead }]
      : []),
    ...reading.body,
  ];
  const own = ownSymbols(masthead, parts.headerSymbols, titleText, titleLine, warnings);
  warnAboutLetter({ title, ownDate, titleLine, reading, masthead }, warnings);
  const kindWords = titleLine ? (titleText.split(KIND_WORDS_END)[0] ?? '') : '';
  return {
    kind: isNote ? 'note-verbale' : 'letter',
    title: titleText || `Note verbale from the ${title.author?.name ?? 'mission'}`,
    titleIsDescriptive: !titleText,
    date: title.date?.iso ?? ownDate?.iso ?? null,
    distributionDate: masthead.distributionDate?.value ?? null,
    symbols: own.symbols,
    distribution: masthead.distribution?.value ?? null,
    originalLanguage: masthead.originalLanguage?.value ?? null,
    organs: masthead.organs,
    agendaItems: masthead.agendaItems,
    issuer: masthead.organs.length
      ? { name: 'United Nations', kind: 'organization', country: null }
      : null,
    author: title.author,
    addressee: title.addressees[0] ?? null,
    ...(title.addressees.length > 1 ? { otherAddressees: title.addressees.slice(1) } : {}),
    signatories: reading.signatories,
    footnoteReferences: footnoteReferences(footnotes),
    body,
    annexes: reading.annexes,
    provenance: {
      kind:
        titleLine && kindWords
          ? stated(...evidenceOf(titleLine, kindWords))
          : curated(
              'No title line: a note verbale by its opening words ("presents its compliments").',
            ),
      title: titleLine
        ? stated(...parts.title.flatMap((l) => evidenceOf(l, l.text)))
        : curated('No title is printed; the title describes the note.'),
      date:
        title.date && titleLine
          ? stated(...evidenceOf(titleLine, title.date.printed))
          : ownDate
            ? stated(...evidenceOf(ownDate.line, ownDate.printed))
            : notFound(),
      distributionDate: masthead.distributionDate
        ? stated(...masthead.distributionDate.evidence)
        : notFound(),
      symbols: own.provenance,
      distribution: masthead.distribution ? stated(...masthead.distribution.evidence) : notFound(),
      originalLanguage: masthead.originalLanguage
        ? stated(...masthead.originalLanguage.evidence)
        : notFound(),
      organs: masthead.organs.length ? stated(...masthead.organEvidence) : notFound(),
      agendaItems: masthead.agendaItems.length
        ? stated(...masthead.agendaEvidence)
        : masthead.agendaPrinted
          ? notFound('Agenda items are printed but could not be read.')
          : notApplicable('No agenda items printed.'),
      issuer: masthead.organs.length
        ? curated(
            'A letter circulated as a document of United Nations organs is issued by the United Nations under the organs its masthead names.',
          )
        : notFound(),
      author:
        title.author && title.authorPhrase && authorLine
          ? stated(...evidenceOf(authorLine, title.authorPhrase))
          : notFound(),
      addressee:
        title.addressees.length && title.addresseePhrase && addresseeLine
          ? stated(...evidenceOf(addresseeLine, title.addresseePhrase))
          : notFound(),
      signatories:
        reading.signatories.length && reading.signatureLine
          ? stated(...evidenceOf(reading.signatureLine, reading.signatureLine.text))
          : notFound(),
      occasion: notFound(),
    },
  };
}
