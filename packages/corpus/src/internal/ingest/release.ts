import type { Block } from '../../schema-text.js';
import { curated, notApplicable, notFound } from '../records/provenance.js';
import { statePrinted } from '../text/gazetteer.js';
import { DATE_ONLY } from './block-shapes.js';
import { joinPageBreaks, type TextBlock } from './blocks.js';
import { readBody } from './body.js';
import { DATE_PATTERN, findDate } from './dates.js';
import type { Draft } from './draft.js';
import { evidenceOf } from './evidence.js';
import type { Removal } from './lines.js';
import {
  DATELINE,
  LABEL,
  letterheadLength,
  missionName,
  RELEASE_NUMBER,
  SPEECH,
  TITLE_DATED,
} from './press.js';
import { readSpeaker } from './speaker.js';
import { atLine, type Warning } from './warnings.js';

/** A dateline that opens the first paragraph: "NEW YORK, 27 August 2021 – On 29 August …". */
const LEAD_DATELINE = new RegExp(
  String.raw`^[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)* ?, (?:${DATE_PATTERN.source})\s*[–—-]\s`,
);

/** A label line, or once a label is read, a block of the release's number and dates. */
const afterLabel = (b: TextBlock, labelled: boolean) =>
  LABEL.test(b.text) ||
  (labelled &&
    b.lines.every(
      (l) => RELEASE_NUMBER.test(l.text) || DATELINE.test(l.text) || DATE_ONLY.test(l.text),
    ));

/** A mission press release or statement: letterhead, labels, title, text, dateline. */
export function readRelease(
  blocks: TextBlock[],
  dropped: ReadonlySet<number>,
  removed: Removal[],
  warnings: Warning[],
): Draft {
  const headLength = letterheadLength(blocks);
  const letterhead = blocks.slice(0, headLength);
  const mission = missionName(letterhead);
  const body: Block[] = letterhead.length
    ? [{ type: 'letterhead', lines: letterhead.flatMap((b) => b.lines.map((l) => l.text)) }]
    : [];
  let i = headLength;
  let label: TextBlock | null = null;
  let date: { iso: string; printed: string; block: TextBlock } | null = null;
  // The label, and under it the release's number and date line, one block or several.
  while (i < blocks.length && afterLabel(blocks[i] as TextBlock, label !== null)) {
    const b = blocks[i] as TextBlock;
    label ??= b;
    const found = findDate(b.text);
    if (found && !date) date = { ...found, block: b };
    body.push(
      found ? { type: 'dateline', text: b.text } : { type: 'heading', role: 'label', text: b.text },
    );
    i++;
  }
  const candidate = blocks[i];
  const titled =
    candidate !== undefined &&
    candidate.text.length < (SPEECH.test(candidate.text) ? 400 : 200) &&
    !/[.;,:]$/.test(candidate.text) &&
    !DATELINE.test(candidate.text) &&
    !DATE_ONLY.test(candidate.text);
  if (titled) body.push({ type: 'heading', role: 'title', text: candidate.text });
  const reading = readBody(joinPageBreaks(blocks.slice(titled ? i + 1 : i), removed, dropped));
  body.push(...reading.body);
  const dateline =
    blocks.find((b) => DATELINE.test(b.text) || DATE_ONLY.test(b.text)) ??
    blocks.slice(i, i + 2).find((b) => LEAD_DATELINE.test(b.text)) ??
    (titled && TITLE_DATED.test(candidate.text) ? candidate : undefined);
  if (!date && dateline) {
    const found = findDate(dateline.text);
    if (found) date = { ...found, block: dateline };
  }
  const isPress =
    label !== null &&
    /press/i.test(
      blocks
        .slice(headLength, i)
        .map((b) => b.text)
        .join(' '),
    );
  const paragraphs = reading.body.filter((b) => b.type === 'paragraph').length;
  const structured =
    label !== null ||
    letterhead.length > 0 ||
    date !== null ||
    reading.signatories.length > 0 ||
    (titled && paragraphs > 0);
  const kind = isPress ? 'press-release' : structured ? 'statement' : 'unknown';
  const speaker = titled && kind === 'statement' ? readSpeaker(candidate.text) : null;
  if (!structured)
    warnings.push({
      code: 'no-structure',
      message:
        'no document structure found (no masthead, title line, letterhead, label, date or signature): not read as a document',
      path: [],
    });
  const issuer = mission
    ? {
        name: mission.name,
        kind: 'organization' as const,
        country: statePrinted(mission.country),
      }
    : null;
  if (!titled && structured)
    warnings.push({
      code: 'no-title',
      message: 'no title line; a descriptive title is given',
      path: atLine(blocks[i]?.lines[0]?.n ?? null),
    });
  if (!date && structured)
    warnings.push({ code: 'no-date', message: 'no date or dateline found', path: [] });
  const title = titled
    ? candidate.text
    : kind === 'unknown'
      ? 'Untitled text'
      : `${isPress ? 'Press release' : 'Statement'}${issuer ? ` of the ${issuer.name}` : ''}${date ? ` of ${date.printed}` : ''}`;
  const firstLetterhead = letterhead.flatMap((b) => b.lines).find((l) => /Permanent/i.test(l.text));
  return {
    kind,
    title,
    titleIsDescriptive: !titled,
    date: date?.iso ?? null,
    distributionDate: null,
    symbols: [],
    distribution: null,
    originalLanguage: null,
    organs: [],
    agendaItems: [],
    issuer,
    author: isPress ? issuer : (speaker?.party ?? null),
    addressee: null,
    signatories: reading.signatories,
    footnoteReferences: [],
    body,
    annexes: reading.annexes,
    provenance: {
      kind: label
        ? {
            status: 'stated',
            evidence: evidenceOf(
              label.lines[0] as TextBlock['lines'][number],
              label.text.split(/[,\s]+\d/)[0] ?? label.text,
            ),
          }
        : structured
          ? curated('No press-release label: read as a statement.')
          : curated('No document structure found: the kind is unknown.'),
      title: titled
        ? {
            status: 'stated',
            evidence: evidenceOf(
              candidate.lines[0] as TextBlock['lines'][number],
              candidate.lines[0]?.text ?? '',
            ),
          }
        : curated('No title is printed; the title describes the document.'),
      date: date
        ? {
            status: 'stated',
            evidence: evidenceOf(date.block.lines[0] as TextBlock['lines'][number], date.printed),
          }
        : notFound(),
      distributionDate: notApplicable('Not a UN masthead document.'),
      symbols: notFound('No UN document symbol.'),
      distribution: notApplicable('Not a UN masthead document.'),
      originalLanguage: notFound(),
      organs: notApplicable('Not a document of a UN organ.'),
      agendaItems: notApplicable('Not circulated under agenda items.'),
      issuer:
        issuer && firstLetterhead
          ? { status: 'stated', evidence: evidenceOf(firstLetterhead, firstLetterhead.text) }
          : notFound(),
      author:
        isPress && issuer
          ? curated(
              'A press release that names no author is the work of the mission that issues it.',
            )
          : speaker && titled
            ? {
                status: 'stated',
                evidence: evidenceOf(
                  candidate.lines[0] as TextBlock['lines'][number],
                  speaker.phrase,
                ),
              }
            : notFound(),
      addressee: notApplicable('Addressed to the public.'),
      signatories: reading.signatories.length
        ? curated('Read from the signature block.')
        : notFound(),
      occasion: notFound(),
    },
  };
}
