import type { Signatory } from '../../schema-metadata.js';
import type { Annex, Block } from '../../schema-text.js';
import type { TextBlock } from './blocks.js';
import { findDate } from './dates.js';
import { DATELINE } from './press.js';

// Case-blind: a copy may print the name and rank in capitals, run together on one line.
const RANKS =
  /\s(?=Ambassador\b|Permanent Representative\b|Deputy Permanent Representative\b|Permanent Observer\b|Chargé d['’]affaires\b|Minister\b)/i;
const RANK_FULL = 'Ambassador Extraordinary and Plenipotentiary';
/** The diplomatic title before a role: "Ambassador", "Ambassador Extraordinary and Plenipotentiary". */
const RANK_TITLE = /^Ambassador(?: Extraordinary and Plenipotentiary)?\b/i;
export const SIGNED = /^\((?:Signed|Signé|Firmado)\)(?:\s*(.+))?$/i;
export const ANNEX = /^(?:Annex|Enclosure)(?:\s+(?:[IVX]+|\d+))?(?:\s+(?:to|of)\s+the\s+.+)?$/i;
export const DATE_ONLY = /^(?:\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4})$/;
// A heading is a line or two; past this it is a paragraph, whatever its punctuation.
const HEADING_MAX = 250;
// A quotation set off as a block is a sentence at least; a short quoted phrase stays a paragraph.
const BLOCKQUOTE_MIN = 40;
// A signature is "(Signed) Name" and up to two lines of title and role…
const SIGNATURE_LINES = 3;
// …each short: a block longer than this after the name is text, not a title.
const SIGNATURE_LINE_MAX = 80;
// An annex heading with its title is a few lines; a longer block starting "Annex" is text.
const ANNEX_HEADING_MAX = 300;
const HEADING_LIKE = (t: string) => t.length < HEADING_MAX && !/[.;,]$/.test(t);

/** The body read from blocks: numbered paragraphs, block quotes, datelines, signature, annexes. */
export interface BodyReading {
  body: Block[];
  annexes: Annex[];
  signatories: Signatory[];
  signatureLines: number[];
}

function paragraphOrQuote(text: string, n: number): Block {
  const quoted = /^[“"«]/.test(text) && /[”"»][.]?$/.test(text) && text.length > BLOCKQUOTE_MIN;
  return quoted ? { type: 'blockquote', n, text } : { type: 'paragraph', n, text };
}

/**
 * Signature lines: "(Signed) Name", then title and role on the lines or blocks that follow; the
 * name on the line after "(Signed)" where a copy put it there. No signatory when no name follows.
 */
function readSignature(
  blocks: readonly TextBlock[],
  i: number,
): { lines: string[]; signatory: Signatory | null; next: number } {
  const lines = [...(blocks[i] as TextBlock).lines.map((l) => l.text)];
  const bare = !SIGNED.exec(lines[0] as string)?.[1];
  let next = i + 1;
  while (
    lines.length < SIGNATURE_LINES + (bare ? 1 : 0) &&
    next < blocks.length &&
    (blocks[next] as TextBlock).text.length < SIGNATURE_LINE_MAX &&
    HEADING_LIKE((blocks[next] as TextBlock).text) &&
    !ANNEX.test((blocks[next] as TextBlock).text)
  ) {
    lines.push(...(blocks[next] as TextBlock).lines.map((l) => l.text));
    next++;
  }
  const named = bare ? lines.slice(1) : lines;
  const first = (bare ? (named[0] ?? '') : (SIGNED.exec(named[0] as string)?.[1] ?? '')).trim();
  const runOn = RANKS.exec(first);
  // "(Signed) Nina Example, Ambassador": the comma before the rank is not the name's.
  const name = (runOn ? first.slice(0, runOn.index).trim() : first).replace(/\s*[,;]$/, '');
  const rest = runOn ? [first.slice(runOn.index).trim(), ...named.slice(1)] : named.slice(1);
  const rank = RANK_TITLE.exec(rest[0] ?? '')?.[0];
  const ranked = rank !== undefined;
  const roleWords = ranked
    ? [(rest[0] as string).slice(rank.length).replace(/^[\s,;]*/, ''), ...rest.slice(1)]
    : rest;
  const role =
    roleWords
      .join(' ')
      .trim()
      .replace(/^[,;]\s*|[,;]$/g, '') || null;
  // The title in its usual form, whatever case the copy printed it in.
  const title =
    rank === undefined ? null : rank.length > 'Ambassador'.length ? RANK_FULL : 'Ambassador';
  const signatory = name ? { name, title, role } : null;
  return { lines, signatory, next };
}

/** Read the blocks after the title: the main body, then each annex with its own numbering. */
export function readBody(blocks: readonly TextBlock[]): BodyReading {
  const body: Block[] = [];
  const annexes: Annex[] = [];
  const signatories: Signatory[] = [];
  const signatureLines: number[] = [];
  let target = body;
  let n = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as TextBlock;
    if (ANNEX.test(b.lines[0]?.text ?? '') && b.text.length < ANNEX_HEADING_MAX) {
      const subtitleBlock = blocks[i + 1];
      const hasSubtitle =
        subtitleBlock !== undefined &&
        HEADING_LIKE(subtitleBlock.text) &&
        !DATE_ONLY.test(subtitleBlock.text) &&
        !SIGNED.test(subtitleBlock.text);
      const annex: Annex = {
        n: annexes.length + 1,
        title: b.text,
        subtitle: hasSubtitle ? subtitleBlock.text : null,
        date: null,
        body: [],
      };
      annexes.push(annex);
      target = annex.body;
      n = 0;
      if (hasSubtitle) i++;
      continue;
    }
    if (SIGNED.test(b.lines[0]?.text ?? '')) {
      const sig = readSignature(blocks, i);
      target.push({ type: 'signature', lines: sig.lines });
      if (target === body && sig.signatory) signatories.push(sig.signatory);
      for (const block of blocks.slice(i, sig.next))
        signatureLines.push(...block.lines.map((l) => l.n));
      i = sig.next - 1;
      continue;
    }
    if (DATE_ONLY.test(b.text) || DATELINE.test(b.text)) {
      target.push({ type: 'dateline', text: b.text });
      const annex = annexes.at(-1);
      if (annex && target === annex.body && annex.date === null)
        annex.date = findDate(b.text)?.iso ?? null;
      continue;
    }
    target.push(paragraphOrQuote(b.text, ++n));
  }
  return { body, annexes, signatories, signatureLines };
}
