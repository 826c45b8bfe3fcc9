import { toBlocks } from './blocks.js';
import { singleSpace } from './double-spacing.js';
import type { Draft } from './draft.js';
import { htmlSourceWarning } from './html-source.js';
import { indentBreaks } from './indent-breaks.js';
import { findLayout } from './layout.js';
import { readLetter } from './letter.js';
import { type Line, type Removal, toLines } from './lines.js';
import { restoreBreaks } from './lost-breaks.js';
import { rejoinMastheadRows } from './masthead-rows.js';
import { dropBlocks, removeNoise } from './noise.js';
import { opensNote } from './note.js';
import { readOtherDocument } from './other-document.js';
import { findOtherLayout } from './other-layout.js';
import { chromeAbove } from './press.js';
import { recordOf } from './record-of-draft.js';
import { readRelease } from './release.js';
import { rejoinWrapped } from './rewrapped.js';
import { unstackSignatures } from './signature-columns.js';
import type { IngestOptions, IngestResult } from './types.js';
import { unflatten } from './unflatten.js';
import { atLine, type Warning } from './warnings.js';

/** The input lines before the masthead (a site's header, a repeated title): web chrome. */
const chromeBefore = (lines: readonly Line[], upTo: number) => [
  ...new Set(lines.slice(0, upTo).flatMap((l) => (l.text === '' ? [] : [l.n]))),
];

/**
 * Lines into blocks, with signatures set side by side parted, and the paragraph breaks a copy lost
 * (to indents or to wrapping) put back.
 */
const paragraphs = (lines: readonly Line[], removed: Removal[], dropped: ReadonlySet<number>) =>
  toBlocks(
    restoreBreaks(indentBreaks(unstackSignatures(lines), removed), removed, dropped),
    removed,
  );

/** Read decoded text into a record; may throw on a bug, never on the text itself. */
export function readDocument(
  text: string,
  bytes: Uint8Array,
  options: IngestOptions,
): IngestResult {
  const removed: Removal[] = [];
  const warnings: Warning[] = [];
  const html = htmlSourceWarning(text);
  if (html) warnings.push(html);
  const rewrapped = rejoinWrapped(singleSpace(toLines(text, removed), removed));
  const split = unflatten(rewrapped.lines);
  if (split.flattened)
    warnings.push({
      code: 'flattened',
      message: `line breaks were lost${rewrapped.width ? ` and the text wrapped again in lines of up to ${rewrapped.width} characters` : ''}: the text was cut again where its parts begin (masthead or letterhead, label, title, signature, annex, dateline); paragraph breaks cannot be recovered`,
      path: atLine(1),
    });
  const layout = findLayout(split.lines);
  let draft: Draft;
  if (layout.titleStart !== -1) {
    const shift = layout.mastheadStart;
    const lines = split.lines.slice(shift);
    const { kept, headerSymbols, dropped } = removeNoise(
      lines,
      layout.titleEnd - shift,
      removed,
      chromeBefore(split.lines, shift),
    );
    const at = (i: number) => kept.findIndex((l) => l === lines[i - shift]);
    const titleStart = at(layout.titleStart);
    const titleEnd = titleStart + (layout.titleEnd - layout.titleStart);
    draft = readLetter(
      {
        masthead: rejoinMastheadRows(kept.slice(0, titleStart)).filter((l) => l.text !== ''),
        title: kept.slice(titleStart, titleEnd).filter((l) => l.text !== ''),
        body: paragraphs(kept.slice(titleEnd), removed, dropped),
        headerSymbols,
        dropped,
      },
      removed,
      warnings,
    );
  } else {
    const { kept, dropped } = removeNoise(split.lines, 0, removed);
    const blocks = paragraphs(kept, removed, dropped);
    const noteAt = blocks.slice(0, 8).findIndex((b) => opensNote(b.text));
    const other = noteAt === -1 ? findOtherLayout(kept) : null;
    draft = other
      ? readOtherDocument(
          {
            masthead: rejoinMastheadRows(kept.slice(other.mastheadStart, other.titleStart)).filter(
              (l) => l.text !== '',
            ),
            title: kept.slice(other.titleStart, other.titleEnd),
            body: paragraphs(kept.slice(other.titleEnd), removed, dropped),
            headerSymbols: [],
            dropped,
          },
          removed,
          warnings,
        )
      : noteAt !== -1
        ? readLetter(
            {
              masthead: blocks.slice(0, noteAt).flatMap((b) => b.lines),
              title: [],
              body: blocks.slice(noteAt),
              headerSymbols: [],
              dropped,
            },
            removed,
            warnings,
          )
        : readRelease(dropBlocks(blocks, chromeAbove(blocks), removed), dropped, removed, warnings);
  }
  const restored = removed.find((r) => r.kind === 'paragraph-break');
  if (restored)
    warnings.push({
      code: 'paragraph-breaks-restored',
      message: `blank lines were lost: ${restored.lines.length} paragraph break(s) were put back (at a signature, an annex, a heading, a first-line indent or the end of a sentence short of the line); paragraph numbers rest on them`,
      path: atLine(restored.lines[0]),
    });
  const record = recordOf(draft, { text, bytes, options, lines: split.lines, removed });
  return { record, warnings, removed };
}
