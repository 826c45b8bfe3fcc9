import { curated } from '../records/provenance.js';
import { recipientName } from './addressees.js';
import type { Draft } from './draft.js';
import { evidenceOf } from './evidence.js';
import { type LetterParts, readLetter } from './letter.js';
import type { Removal } from './lines.js';
import { LETTER_OPENING } from './other-layout.js';
import { atLine, type Warning } from './warnings.js';

/**
 * A UN masthead document that is no letter or note: a note or report by the Secretary-General, a
 * statement by the President of the Security Council. Its masthead is read as a letter's; its
 * title is the block after the masthead, and the line "Note by the Secretary-General" under it
 * names the author.
 */

const BY_LINE = /^(?:Note|Report) (?:by|of) the (Secretary-General)$/;
const PRESIDENTIAL = /^Statement by the (President of the Security Council)$/;
/** Letter readers' warnings that say nothing about a document that is no letter. */
const LETTER_ONLY = new Set(['title-no-country', 'title-no-date']);

/** The first paragraph made a subtitle ("Note by the Secretary-General"), the rest numbered on. */
const subtitled = (body: Draft['body'], at: number): Draft['body'] =>
  body.map((b, k) =>
    k === at && b.type === 'paragraph'
      ? { type: 'heading', role: 'subtitle', text: b.text }
      : b.type === 'paragraph' || b.type === 'blockquote'
        ? { ...b, n: b.n - 1 }
        : b,
  );

/** Read a masthead document that is no letter: the letter's readers, less what only a letter has. */
export function readOtherDocument(
  parts: LetterParts,
  removed: Removal[],
  warnings: Warning[],
): Draft {
  const own: Warning[] = [];
  const draft = readLetter(parts, removed, own);
  // A note verbale is known by its opening ("presents its compliments") wherever it stands.
  if (draft.kind === 'note-verbale') {
    warnings.push(...own);
    return draft;
  }
  warnings.push(...own.filter((w) => !LETTER_ONLY.has(w.code)));
  const first = draft.body.findIndex((b) => b.type === 'paragraph');
  const opening = draft.body[first];
  const by = opening?.type === 'paragraph' ? BY_LINE.exec(opening.text) : null;
  const presidential = PRESIDENTIAL.exec(draft.title);
  const phrase = presidential?.[1] ?? by?.[0] ?? null;
  const authorLine = presidential
    ? parts.title[0]
    : parts.body.flatMap((b) => b.lines).find((l) => l.text === phrase);
  const known = phrase !== null;
  // A letter whose title line a damaged copy lost still opens as a letter does.
  const letter = !known && opening?.type === 'paragraph' && LETTER_OPENING.test(opening.text);
  if (letter)
    warnings.push({
      code: 'no-title',
      message:
        'no title line was found: a letter by its opening words, with no date, author or addressee',
      path: atLine(parts.title[0]?.n ?? null),
    });
  const untitled = parts.title.length === 0;
  return {
    ...draft,
    ...(untitled ? { title: 'Untitled document', titleIsDescriptive: true } : {}),
    kind: presidential ? 'statement' : letter ? 'letter' : 'unknown',
    body: by ? subtitled(draft.body, first) : draft.body,
    author: known
      ? { name: recipientName((presidential ?? by)?.[1] ?? ''), kind: 'office', country: null }
      : null,
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
        phrase && authorLine
          ? { status: 'stated', evidence: evidenceOf(authorLine, phrase) }
          : { status: 'not-found' },
      addressee: known
        ? { status: 'not-applicable', note: 'A document that is no letter is addressed to no one.' }
        : { status: 'not-found' },
    },
  };
}
