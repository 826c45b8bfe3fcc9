import type { Issue } from './errors.js';
import { type TextBlock, toBlocks } from './internal/ingest/blocks.js';
import { findDate } from './internal/ingest/dates.js';
import type { Draft } from './internal/ingest/draft.js';
import { findFigures } from './internal/ingest/figures.js';
import { readLetter } from './internal/ingest/letter.js';
import {
  decode,
  IngestInputError,
  type Line,
  type Removal,
  toLines,
} from './internal/ingest/lines.js';
import { removeNoise } from './internal/ingest/noise.js';
import { findReferences } from './internal/ingest/references.js';
import { readRelease } from './internal/ingest/release.js';
import type { IngestInput } from './internal/ingest/stream.js';
import { LETTER_TITLE } from './internal/ingest/title.js';
import { unflatten } from './internal/ingest/unflatten.js';
import type { Warning } from './internal/ingest/warnings.js';
import { findMentions } from './internal/mentions.js';
import { sha256Hex } from './internal/sha256.js';
import { linesMatching, MARKUP_RULES } from './internal/source-text.js';
import { passages } from './passages.js';
import type { DocumentRecord, Source } from './schema.js';
import { validateRecord } from './validate.js';

export { IngestInputError, type Removal } from './internal/ingest/lines.js';
export { type IngestInput, jsonlInputs } from './internal/ingest/stream.js';
export type { Warning } from './internal/ingest/warnings.js';

export interface IngestOptions {
  /** Where the text came from; its name is kept in the record's provenance. */
  source?: { fileName?: string };
  /** The record id; by default `<date>-<kind>-<first 8 hex of the SHA-256>`. */
  id?: string;
  /** How to decode bytes (a WHATWG encoding label); UTF-8 by default, invalid bytes rejected. */
  encoding?: string;
}

export interface IngestResult {
  /** A record valid against the corpus schema; what was not found is empty and marked so. */
  record: DocumentRecord;
  /** Each doubt, with the input line it concerns; cross-field issues come here too. */
  warnings: Warning[];
  /** What was removed or changed in the text, and on which input lines. */
  removed: Removal[];
}

const lineIndexOfTitle = (lines: readonly Line[]) =>
  lines.findIndex((l) => LETTER_TITLE.test(l.text));

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
  const markup = MARKUP_RULES.flatMap((rule) => {
    const lines = linesMatching(text, rule.kind);
    return lines.length ? [{ kind: rule.kind, lines, description: rule.description }] : [];
  });
  const noise = removed.flatMap((r) =>
    r.kind === 'markup' ? [] : [{ kind: r.kind, lines: r.lines, description: r.description }],
  );
  return [...markup, ...noise];
}

function read(text: string, bytes: Uint8Array, options: IngestOptions): IngestResult {
  const removed: Removal[] = [];
  const warnings: Warning[] = [];
  const split = unflatten(toLines(text, removed));
  if (split.flattened)
    warnings.push({
      code: 'flattened',
      message:
        'line breaks were lost: the text was cut again at masthead, title, signature and annex; paragraph breaks cannot be recovered',
      line: 1,
    });
  const titleAt = lineIndexOfTitle(split.lines);
  const { kept, headerSymbols, dropped } = removeNoise(
    split.lines,
    titleAt === -1 ? 0 : titleAt,
    removed,
  );
  const blocks: TextBlock[] = toBlocks(kept, removed);
  const titleBlock = blocks.findIndex((b) => LETTER_TITLE.test(b.text));
  const draft: Draft =
    titleBlock !== -1
      ? readLetter(blocks, titleBlock, headerSymbols, dropped, removed, warnings)
      : readRelease(blocks, dropped, removed, warnings);
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
  const record: DocumentRecord = {
    id,
    ...draft,
    languages,
    occasion: occasion?.value ?? null,
    references: findReferences(passages(partial), draft.annexes[0]?.subtitle ?? null),
    mentions: findMentions(passages(partial)),
    figures: findFigures(passages(partial)),
    relations: [],
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

/** A record that can always be made: the text as paragraphs, nothing else claimed. */
function fallback(
  text: string,
  bytes: Uint8Array,
  options: IngestOptions,
  issues: readonly Issue[],
): IngestResult {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '');
  const sha256 = sha256Hex(bytes);
  const nf = { status: 'not-found' } as const;
  const record: DocumentRecord = {
    id: options.id ?? `undated-statement-${sha256.slice(0, 8)}`,
    kind: 'statement',
    title: 'Untitled text',
    titleIsDescriptive: true,
    date: null,
    distributionDate: null,
    symbols: [],
    distribution: null,
    originalLanguage: null,
    languages: [],
    organs: [],
    agendaItems: [],
    issuer: null,
    author: null,
    addressee: null,
    signatories: [],
    occasion: null,
    body: paragraphs.map((t, i) => ({ type: 'paragraph', n: i + 1, text: t })),
    annexes: [],
    references: [],
    mentions: [],
    figures: [],
    relations: [],
    source: {
      fileName: options.source?.fileName ?? 'input.txt',
      sha256,
      digitisation: 'Raw text kept as paragraphs: ingest could not read its structure.',
      normalisations: [],
    },
    provenance: {
      kind: { status: 'curated', reason: 'Structure not recognised.' },
      title: { status: 'curated', reason: 'No title recognised.' },
      date: nf,
      distributionDate: nf,
      symbols: nf,
      distribution: nf,
      originalLanguage: nf,
      languages: nf,
      organs: nf,
      agendaItems: nf,
      issuer: nf,
      author: nf,
      addressee: nf,
      signatories: nf,
      occasion: nf,
    },
  };
  return {
    record,
    warnings: issues.map((i) => ({
      code: `unreadable-${i.code}`,
      message: `${i.path.join('.')}: ${i.message}`,
      line: null,
    })),
    removed: [],
  };
}

/**
 * Turn the raw text of a UN masthead document or a mission press release (copied from a PDF or a
 * web page) into a corpus record, with warnings for each doubt and a log of what was removed.
 * Deterministic, and never throws on text, however damaged.
 * @throws IngestInputError only when the input is not text (binary data, invalid UTF-8 bytes).
 */
export function ingestText(input: string | Uint8Array, options: IngestOptions = {}): IngestResult {
  const { text, bytes } = decode(input, options.encoding);
  let result: IngestResult;
  try {
    result = read(text, bytes, options);
  } catch (error) {
    return fallback(text, bytes, options, [
      {
        code: 'internal',
        message: error instanceof Error ? error.message : String(error),
        path: [],
      },
    ]);
  }
  const checked = validateRecord(result.record);
  if (checked.ok) return result;
  const shape = checked.issues.filter((i) => i.code.startsWith('schema-'));
  if (shape.length > 0) return fallback(text, bytes, options, shape);
  const cross = checked.issues.map((i) => ({
    code: i.code,
    message: `${i.path.join('.')}: ${i.message}`,
    line: null,
  }));
  return { ...result, warnings: [...result.warnings, ...cross] };
}

/** One item of an ingest stream: the result, or the error that input gave, with its position. */
export type IngestStreamItem =
  | { index: number; fileName: string | null; result: IngestResult; error?: undefined }
  | { index: number; fileName: string | null; result?: undefined; error: IngestInputError };

/**
 * Ingest a stream of documents one at a time, so memory stays bounded however many there are.
 * An input that is not text yields its error in place and the stream goes on.
 */
export async function* ingestStream(
  inputs: AsyncIterable<IngestInput | IngestInputError> | Iterable<IngestInput | IngestInputError>,
  options: Omit<IngestOptions, 'id' | 'source'> = {},
): AsyncGenerator<IngestStreamItem> {
  let index = 0;
  for await (const input of inputs) {
    const at = index++;
    if (input instanceof IngestInputError) {
      yield { index: at, fileName: null, error: input };
      continue;
    }
    const item = typeof input === 'string' || input instanceof Uint8Array ? { text: input } : input;
    const fileName = 'fileName' in item && item.fileName !== undefined ? item.fileName : null;
    try {
      const result = ingestText(item.text, {
        ...options,
        ...(fileName ? { source: { fileName } } : {}),
        ...('id' in item && item.id ? { id: item.id } : {}),
      });
      yield { index: at, fileName, result };
    } catch (error) {
      if (!(error instanceof IngestInputError)) throw error;
      yield { index: at, fileName, error };
    }
  }
}
