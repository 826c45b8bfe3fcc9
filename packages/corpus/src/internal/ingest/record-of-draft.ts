import { passages } from '../../passages.js';
import type { DocumentRecord, Source } from '../../schema.js';
import { findMentions } from '../text/mentions.js';
import { sha256Hex } from '../text/sha256.js';
import { MARKUP_RULES, markupLines } from '../text/source-text.js';
import { findDate } from './dates.js';
import type { Draft } from './draft.js';
import { findFigures } from './figures.js';
import type { Line, Removal } from './lines.js';
import { findReferences, withoutOwnSymbols } from './references.js';
import { findReplies } from './relations.js';
import type { IngestOptions } from './types.js';

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

/** The input a draft was read from: its text and bytes, its lines, and what ingest removed. */
export interface ReadInput {
  text: string;
  bytes: Uint8Array;
  options: IngestOptions;
  lines: readonly Line[];
  removed: readonly Removal[];
}

/**
 * A draft made a record: its id, the occasion, languages, references, mentions, figures and
 * replies its passages print, and its source with the normalisations ingest made.
 */
export function recordOf(
  draft: Draft,
  { text, bytes, options, lines, removed }: ReadInput,
): DocumentRecord {
  const sha256 = sha256Hex(bytes);
  const id = options.id ?? `${draft.date ?? 'undated'}-${draft.kind}-${sha256.slice(0, 8)}`;
  const partial = { id, body: draft.body, annexes: draft.annexes };
  const occasion = occasionOf(partial, lines);
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
  return record;
}
