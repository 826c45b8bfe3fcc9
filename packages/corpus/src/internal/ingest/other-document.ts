import { extractSymbols } from '@black-january/un-symbols';
import { curated } from '../records/provenance.js';
import { DATE_ONLY, symbolsOnly } from './block-shapes.js';
import type { Draft } from './draft.js';
import { evidenceOf } from './evidence.js';
import { LOGO, mastheadFact } from './layout.js';
import { type LetterParts, readLetter } from './letter.js';
import type { Line, Removal } from './lines.js';
import { ENDS_WITH_AGENDA_HEAD } from './masthead-tokens.js';
import { atLine, type Warning } from './warnings.js';

/**
 * A UN masthead document that is no letter or note: a note or report by the Secretary-General, a
 * statement by the President of the Security Council. Its masthead is read as a letter's; its
 * title is the block after the masthead, and the line "Note by the Secretary-General" under it
 * names the author.
 */

/** The lines of a masthead document with no letter title: masthead, then title, then body. */
export interface OtherLayout {
  mastheadStart: number;
  titleStart: number;
  titleEnd: number;
}

const AGENDA_HEAD =
  /^(?:Provisional )?Agenda items? \d|^Items? \d.*\bof the (?:provisional|preliminary) (?:agenda|list)/i;
const TITLE_MAX = 400;
/** How far down a copy the logo may stand (a site's header above it). */
const LOGO_WITHIN = 8;
const BY_LINE = /^(?:Note|Report) (?:by|of) the (Secretary-General)$/;
const PRESIDENTIAL = /^Statement by the (President of the Security Council)$/;
/** Letter readers' warnings that say nothing about a document that is no letter. */
const LETTER_ONLY = new Set(['title-no-country', 'title-no-date']);
/** A letter's opening words, which a copy that lost its title still prints. */
const LETTER_OPENING = /\bI have the honour\b/;

const nonBlank = (lines: readonly Line[], from: number) => {
  let i = from;
  while (i < lines.length && (lines[i] as Line).text === '') i++;
  return i;
};

/**
 * The layout of a masthead document: the logo near the top, then lines of masthead facts (an
 * agenda head's title lines with it) including a symbol; the title is the first block after them.
 */
export function findOtherLayout(lines: readonly Line[]): OtherLayout | null {
  let start = -1;
  for (let i = 0, seen = 0; i < lines.length && seen < LOGO_WITHIN && start === -1; i++) {
    if ((lines[i] as Line).text === '') continue;
    seen++;
    if (LOGO.test((lines[i] as Line).text)) start = i;
  }
  if (start === -1) return null;
  let i = nonBlank(lines, start);
  let facts = 0;
  for (; i < lines.length; i = nonBlank(lines, i)) {
    const text = (lines[i] as Line).text;
    if (!mastheadFact(lines[i] as Line) && !DATE_ONLY.test(text) && !symbolsOnly(text)) break;
    facts++;
    i++;
    // An agenda head's title runs on its lines up to the blank line.
    if (AGENDA_HEAD.test(text) || ENDS_WITH_AGENDA_HEAD.test(text))
      while (i < lines.length && (lines[i] as Line).text !== '') i++;
  }
  const masthead = lines.slice(start, i);
  if (facts < 3 || i >= lines.length || !masthead.some((l) => extractSymbols(l.text).length))
    return null;
  let end = i;
  let block = '';
  while (end < lines.length && (lines[end] as Line).text !== '')
    block += ` ${(lines[end++] as Line).text}`;
  // A block longer than any title, or of sentences, is text run on from the masthead (a copy
  // that lost its breaks): there is no title to read.
  const text = block.length > TITLE_MAX || /[.;] [A-Z]/.test(block) || LETTER_OPENING.test(block);
  return { mastheadStart: start, titleStart: i, titleEnd: text ? i : end };
}

/** Read a masthead document that is no letter: the letter's readers, less what only a letter has. */
export function readOtherDocument(
  parts: LetterParts,
  removed: Removal[],
  warnings: Warning[],
): Draft {
  const own: Warning[] = [];
  const draft = readLetter(parts, removed, own);
  warnings.push(...own.filter((w) => !LETTER_ONLY.has(w.code)));
  const first = draft.body.findIndex((b) => b.type === 'paragraph');
  const byLine = draft.body[first];
  const by = byLine?.type === 'paragraph' ? BY_LINE.exec(byLine.text) : null;
  const presidential = PRESIDENTIAL.exec(draft.title);
  const body = by
    ? draft.body.map((b, k) =>
        k === first
          ? {
              type: 'heading' as const,
              role: 'subtitle' as const,
              text: (b as { text: string }).text,
            }
          : b.type === 'paragraph' || b.type === 'blockquote'
            ? { ...b, n: b.n - 1 }
            : b,
      )
    : draft.body;
  const known = presidential !== null || by !== null;
  // A letter whose title line a damaged copy lost still opens as a letter does.
  const letter = !known && byLine?.type === 'paragraph' && LETTER_OPENING.test(byLine.text);
  if (letter)
    warnings.push({
      code: 'no-title',
      message:
        'no title line was found: a letter by its opening words, with no date, author or addressee',
      path: atLine(parts.title[0]?.n ?? null),
    });
  const authorName = presidential?.[1] ?? (by ? 'Secretary-General of the United Nations' : null);
  const authorLine = presidential ? parts.title[0] : by ? findLine(parts, by[0]) : undefined;
  const untitled = parts.title.length === 0;
  return {
    ...draft,
    ...(untitled ? { title: 'Untitled document', titleIsDescriptive: true } : {}),
    kind: presidential ? 'statement' : letter ? 'letter' : 'unknown',
    body,
    author: authorName ? { name: authorName, kind: 'office', country: null } : null,
    addressee: null,
    // The masthead's date is the document's own only where nothing else is dated (not a letter
    // whose title a damaged copy lost).
    date: known ? draft.distributionDate : null,
    provenance: {
      ...draft.provenance,
      kind: curated(
        presidential
          ? 'A statement by the President of the Security Council, by its title.'
          : letter
            ? 'A letter by its opening words ("I have the honour"); no title line was found.'
            : 'A United Nations masthead document that is no letter, note verbale or statement.',
      ),
      date: known ? draft.provenance.distributionDate : { status: 'not-found' },
      ...(untitled
        ? { title: curated('No title: the text after the masthead runs on as one block.') }
        : {}),
      author:
        authorLine && (presidential?.[1] ?? by?.[0])
          ? {
              status: 'stated',
              evidence: [evidenceOf(authorLine, (presidential?.[1] ?? by?.[0]) as string)],
            }
          : { status: 'not-found' },
      addressee: known
        ? {
            status: 'not-applicable',
            note: 'A masthead document that is no letter is addressed to no one.',
          }
        : { status: 'not-found' },
    },
  };
}

function findLine(parts: LetterParts, text: string): Line | undefined {
  for (const b of parts.body) for (const l of b.lines) if (l.text === text) return l;
  return undefined;
}
