import { organLabel } from './display-words.js';
import { QueryError } from './errors.js';
import type { DocumentRecord } from './schema.js';
import type { Annex, Block } from './schema-text.js';

/** A part of a document to read: the body or an annex, with its heading (none for the body). */
export interface DocumentPart {
  heading?: string;
  subtitle?: string;
  blocks: Block[];
}

/** What a reader of one document sees, ready to render: the metadata in words, then its parts. */
export interface DocumentView {
  title: string;
  /** Label and value, for what the record has: "date", "17 January 2020" and so on. */
  metadata: Array<[label: string, value: string]>;
  parts: DocumentPart[];
  /** The one passage asked for with `paragraph`, else undefined. */
  passage?: Block;
}

/** The metadata of a record as label and value, in words, leaving out what the record lacks. */
export function metadataRows(r: DocumentRecord): Array<[string, string]> {
  const rows: Array<[string, string | undefined]> = [
    ['id', r.id],
    ['kind', r.kind],
    ['title', r.title],
    ['date', r.date ?? 'undated'],
    ['distributed', r.distributionDate ?? undefined],
    ['symbols', r.symbols.join(', ') || 'none printed'],
    ['organs', r.organs.map(organLabel).join('; ') || undefined],
    ['agenda items', r.agendaItems.map((a) => `${a.number} ${a.title}`).join('; ') || undefined],
    ['issuer', r.issuer?.name],
    ['author', r.author?.name],
    ['addressee', r.addressee?.name],
    ['signatories', r.signatories.map((s) => s.name).join(', ') || undefined],
    ['source', `${r.source.fileName} (sha256 ${r.source.sha256})`],
  ];
  return rows.filter((row): row is [string, string] => row[1] !== undefined);
}

const annexPart = (a: Annex): DocumentPart => ({
  heading: a.title,
  ...(a.subtitle ? { subtitle: a.subtitle } : {}),
  blocks: a.body,
});

/**
 * One document to read: all of it, one annex (`annex`), or one numbered paragraph of the body or
 * of that annex (`paragraph`).
 * @throws QueryError naming the record when it has no such annex or paragraph.
 */
export function documentView(
  record: DocumentRecord,
  at: { annex?: number; paragraph?: number } = {},
): DocumentView {
  const annex = at.annex === undefined ? undefined : record.annexes.find((a) => a.n === at.annex);
  if (at.annex !== undefined && !annex)
    throw new QueryError(
      `${record.id} has no annex ${at.annex}${record.annexes.length ? '' : ' (it has no annexes)'}`,
    );
  const parts = annex
    ? [annexPart(annex)]
    : [{ blocks: record.body }, ...record.annexes.map(annexPart)];
  const view: DocumentView = { title: record.title, metadata: metadataRows(record), parts };
  if (at.paragraph === undefined) return view;
  const passage = (annex ? annex.body : record.body).find(
    (b) => (b.type === 'paragraph' || b.type === 'blockquote') && b.n === at.paragraph,
  );
  if (!passage)
    throw new QueryError(
      `${record.id} has no paragraph ${at.paragraph}${annex ? ` in annex ${at.annex}` : ''}`,
    );
  return { ...view, passage };
}

/** A block's text as a reader sees it: numbered passages as `[3] …` (or `3. …` in Markdown). */
export function blockText(block: Block, format: 'text' | 'markdown' = 'text'): string {
  if (block.type === 'paragraph' || block.type === 'blockquote')
    return format === 'markdown' ? `${block.n}. ${block.text}` : `[${block.n}] ${block.text}`;
  if ('lines' in block) return block.lines.join('\n');
  return block.text;
}
