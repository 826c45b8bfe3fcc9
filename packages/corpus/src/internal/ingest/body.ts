import type { Signatory } from '../../schema-metadata.js';
import type { Annex, Block } from '../../schema-text.js';
import { ANNEX, DATE_ONLY, HEADING_LIKE, ORIGINAL_NOTE_LINE, SIGNED } from './block-shapes.js';
import type { TextBlock } from './blocks.js';
import { findDate } from './dates.js';
import type { Line } from './lines.js';
import { DATELINE } from './press.js';
import { readSignature, unsignedAt } from './signature.js';

// A quotation set off as a block is a sentence at least; a short quoted phrase stays a paragraph.
const BLOCKQUOTE_MIN = 40;
const ENCLOSURE = /^Enclosure\b/i;
const ANNEXES = /^Annexes\b/i;
// An annex heading with its title is a few lines; a longer block starting "Annex" is text.
const ANNEX_HEADING_MAX = 300;

/** The body read from blocks: numbered paragraphs, block quotes, datelines, signature, annexes. */
export interface BodyReading {
  body: Block[];
  annexes: Annex[];
  signatories: Signatory[];
  /** The first line of the letter's own signature, where it names a signatory. */
  signatureLine: Line | null;
  /**
   * The letter's own first dateline with its place ("New York, 13 September 2022"), not an annex's.
   * A date alone under a title may be a site's (the day it posted the letter).
   */
  dateline: { line: Line; text: string } | null;
}

function paragraphOrQuote(text: string, n: number): Block {
  const quoted = /^[“"«]/.test(text) && /[”"»][.]?$/.test(text) && text.length > BLOCKQUOTE_MIN;
  return quoted ? { type: 'blockquote', n, text } : { type: 'paragraph', n, text };
}

const endsLetter = (b: TextBlock | undefined) =>
  b === undefined ||
  ANNEX.test(b.lines[0]?.text ?? '') ||
  DATE_ONLY.test(b.text) ||
  DATELINE.test(b.text);

/** Read the blocks after the title: the main body, then each annex with its own numbering. */
export function readBody(blocks: readonly TextBlock[]): BodyReading {
  const body: Block[] = [];
  const annexes: Annex[] = [];
  const signatories: Signatory[] = [];
  let signatureLine: Line | null = null;
  let dateline: BodyReading['dateline'] = null;
  let target = body;
  let n = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as TextBlock;
    if (ANNEX.test(b.lines[0]?.text ?? '') && b.text.length < ANNEX_HEADING_MAX) {
      // "[Original: Russian]" under the heading is a note on the annexed text, not its title.
      const note = ORIGINAL_NOTE_LINE.test(blocks[i + 1]?.text ?? '') ? blocks[i + 1] : undefined;
      const subtitleBlock = blocks[i + 1 + (note ? 1 : 0)];
      const hasSubtitle =
        subtitleBlock !== undefined &&
        HEADING_LIKE(subtitleBlock.text) &&
        !DATE_ONLY.test(subtitleBlock.text) &&
        !SIGNED.test(subtitleBlock.text) &&
        !ANNEX.test(subtitleBlock.lines[0]?.text ?? '');
      // "Annexes" over the annexes that follow heads them; it is none of them.
      if (ANNEXES.test(b.text) && ANNEX.test(subtitleBlock?.lines[0]?.text ?? '')) {
        target.push({ type: 'heading', role: 'label', text: b.text });
        continue;
      }
      // An enclosure after an annex is that annex's: the document the annexed text encloses.
      if (
        ENCLOSURE.test(b.text) &&
        target !== body &&
        !ENCLOSURE.test(annexes.at(-1)?.title ?? '')
      ) {
        target.push({ type: 'heading', role: 'label', text: b.text });
        if (hasSubtitle) {
          target.push({ type: 'heading', role: 'subtitle', text: subtitleBlock.text });
          i++;
        }
        continue;
      }
      const annex: Annex = {
        n: annexes.length + 1,
        title: b.text,
        subtitle: hasSubtitle ? subtitleBlock.text : null,
        date: null,
        body: note ? [{ type: 'heading', role: 'label', text: note.text }] : [],
      };
      annexes.push(annex);
      target = annex.body;
      n = 0;
      i += (note ? 1 : 0) + (hasSubtitle ? 1 : 0);
      continue;
    }
    const signed = SIGNED.test(b.lines[0]?.text ?? '');
    const unsigned =
      !signed && target === body && signatories.length === 0 && n > 0 && unsignedAt(blocks, i);
    const sig = signed || unsigned ? readSignature(blocks, i, unsigned) : null;
    // Unsigned, it is a signature only where the letter ends: an annex, a date or nothing after.
    if (sig && (signed || endsLetter(blocks[sig.next]))) {
      target.push({ type: 'signature', lines: sig.lines });
      if (target === body && sig.signatory) {
        signatories.push(sig.signatory);
        signatureLine ??= b.lines[0] ?? null;
      }
      i = sig.next - 1;
      continue;
    }
    if (DATE_ONLY.test(b.text) || DATELINE.test(b.text)) {
      target.push({ type: 'dateline', text: b.text });
      if (target === body && b.lines[0] && DATELINE.test(b.text))
        dateline ??= { line: b.lines[0], text: b.text };
      const annex = annexes.at(-1);
      if (annex && target === annex.body && annex.date === null)
        annex.date = findDate(b.text)?.iso ?? null;
      continue;
    }
    target.push(paragraphOrQuote(b.text, ++n));
  }
  return { body, annexes, signatories, signatureLine, dateline };
}
