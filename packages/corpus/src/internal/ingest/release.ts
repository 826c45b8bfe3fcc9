import type { Block } from '../../schema-text.js';
import { statePrinted } from '../text/gazetteer.js';
import { DATE_ONLY } from './block-shapes.js';
import { joinPageBreaks, type TextBlock } from './blocks.js';
import { readBody } from './body.js';
import { findDate } from './dates.js';
import type { Draft } from './draft.js';
import type { Removal } from './lines.js';
import {
  afterLabel,
  DATELINE,
  LEAD_DATELINE,
  letterheadLength,
  missionName,
  SPEECH,
  TITLE_DATED,
} from './press.js';
import { releaseProvenance } from './release-provenance.js';
import { readSpeaker } from './speaker.js';
import { atLine, type Warning } from './warnings.js';

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
    provenance: releaseProvenance({
      label,
      structured,
      title: titled ? (candidate as TextBlock) : null,
      date,
      isPress,
      issuer,
      firstLetterhead,
      speaker,
      signatories: reading.signatories.length,
    }),
  };
}
