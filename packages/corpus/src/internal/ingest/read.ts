import { passages } from '../../passages.js';
import type { DocumentRecord, Source } from '../../schema.js';
import { findMentions } from '../text/mentions.js';
import { sha256Hex } from '../text/sha256.js';
import { MARKUP_RULES, markupLines } from '../text/source-text.js';
import { toBlocks } from './blocks.js';
import { findDate } from './dates.js';
import { singleSpace } from './double-spacing.js';
import type { Draft } from './draft.js';
import { findFigures } from './figures.js';
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
import { findReferences, withoutOwnSymbols } from './references.js';
import { findReplies } from './relations.js';
import { readRelease } from './release.js';
import { rejoinWrapped } from './rewrapped.js';
import { unstackSignatures } from './signature-columns.js';
import type { IngestOptions, IngestResult } from './types.js';
import { unflatten } from './unflatten.js';
import { atLine, type Warning } from './warnings.js';

function occasionOf(
  record: Pick<DocumentRecord, 'body' | 'annexes' | 'id'>,
  lines: readonly Line[],
) {
  for (const p of [...passages(record)].slice(0, 3)) {
    const phrase =
      /\b((?:\d+(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?) anniversary of (?:the )?[^.,;]+|National Mourning Day)/i.exec(
        p.text,
      );
    const date = phrase ? findDate(p.text) : null;
    if (!phrase || !date) continue;
    const line = lines.find((l) => l.raw.includes(date.printed));
    const description = `${(phrase[1] as string)[0]?.toUpperCase()}${(phrase[1] as string).slice(1)}`;
    return {
      value: { date: date.iso, description },
      evidence: line ? [{ line: line.n, quote: date.printed }] : [],
    };
  }
  return null;
}

function normalisations(text: string, removed: readonly Removal[]): Source['normalisations'] {
  const found = markupLines(text);
  const markup = MARKUP_RULES.flatMap((rule) => {
    const lines = found.get(rule.kind) ?? [];
    return lines.length ? [{ kind: rule.kind, lines, description: rule.description }] : [];
  });
  const noise = removed.flatMap((r) =>
    r.kind === 'markup' ? [] : [{ kind: r.kind, lines: r.lines, description: r.description }],
  );
  return [...markup, ...noise];
}

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
        title: kept.slice(titleStart, titleEnd),
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
  const sha256 = sha256Hex(bytes);
  const id = options.id ?? `${draft.date ?? 'undated'}-${draft.kind}-${sha256.slice(0, 8)}`;
  const partial = { id, body: draft.body, annexes: draft.annexes };
  const occasion = occasionOf(partial, split.lines);
  const letterhead = draft.body.find((b) => b.type === 'letterhead');
  const languages = [
    'en',
    ...(letterhead?.type === 'letterhead' && letterhead.lines.some((l) => /[əƏ]/.test(l))
      ? ['az']
      : []),
  ];
  const { footnoteReferences, ...drafted } = draft;
  const references = [
    ...footnoteReferences,
    ...withoutOwnSymbols(
      findReferences(passages(partial), draft.annexes[0]?.subtitle ?? null),
      draft.symbols,
    ),
  ];
  const record: DocumentRecord = {
    id,
    ...drafted,
    languages,
    occasion: occasion?.value ?? null,
    references,
    mentions: findMentions(passages(partial)),
    figures: findFigures(passages(partial)),
    relations: findReplies(passages(partial), references),
    source: {
      fileName: options.source?.fileName ?? 'input.txt',
      sha256,
      digitisation:
        'Raw text read by @black-january/corpus/ingest; the normalisations list what was removed or changed.',
      normalisations: normalisations(text, removed),
    },
    provenance: {
      ...draft.provenance,
      languages: {
        status: 'curated',
        reason: 'Ingest reads English text; other languages are detected only in the letterhead.',
      },
      occasion: occasion
        ? occasion.evidence.length
          ? { status: 'stated', evidence: occasion.evidence }
          : { status: 'curated', reason: 'Read from the first paragraphs.' }
        : { status: 'not-found' },
    },
  };
  return { record, warnings, removed };
}
