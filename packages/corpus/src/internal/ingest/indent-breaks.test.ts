import { describe, expect, it } from 'vitest';
import { ingestText } from '../../ingest.js';
import { toBlocks } from './blocks.js';
import { indentBreaks } from './indent-breaks.js';
import { type Removal, toLines } from './lines.js';

/** The blocks a text gives once its indented paragraphs are set apart, and the lines that begin one. */
function read(text: string) {
  const removed: Removal[] = [];
  const blocks = toBlocks(indentBreaks(toLines(text, removed), removed), removed);
  const restored = removed.find((r) => r.kind === 'paragraph-break')?.lines ?? [];
  return { blocks: blocks.map((b) => b.text), restored };
}

// A PDF's layout copy: first lines indented, no blank line between paragraphs.
const LAYOUT = `        I have the honour to transmit herewith two documents (see annexes I
  and II).
        I would be grateful if the present letter and its annexes could be
  circulated as a document of the General Assembly, under agenda item 68.`;

describe('indentBreaks', () => {
  it('sets apart a paragraph whose first line is indented as the run’s first', () => {
    expect(read(LAYOUT)).toEqual({
      blocks: [
        'I have the honour to transmit herewith two documents (see annexes I and II).',
        'I would be grateful if the present letter and its annexes could be circulated as a document of the General Assembly, under agenda item 68.',
      ],
      restored: [3],
    });
  });

  it('reads a tab as indent to the next stop, and numbered paragraphs', () => {
    const text =
      '\t1. The Ministry welcomes the resolution.\n  It recalls the report.\n\t2. The Ministry recalls the report\n  of the Secretary-General.';
    expect(read(text).blocks).toEqual([
      '1. The Ministry welcomes the resolution. It recalls the report.',
      '2. The Ministry recalls the report of the Secretary-General.',
    ]);
  });

  it('sets apart a paragraph of one line, and learns the indent once a copy', () => {
    const text = `${LAYOUT}\n        I avail myself of this opportunity.\n        Please accept the assurances of my highest consideration.\n\n        Short.\n        Another short one.`;
    expect(read(text).blocks).toEqual([
      'I have the honour to transmit herewith two documents (see annexes I and II).',
      'I would be grateful if the present letter and its annexes could be circulated as a document of the General Assembly, under agenda item 68.',
      'I avail myself of this opportunity.',
      'Please accept the assurances of my highest consideration.',
      'Short.',
      'Another short one.',
    ]);
  });

  it('leaves alone a sentence going on, a run without a first-line indent, and a signature', () => {
    const goesOn = LAYOUT.replace('and II).', 'and II), with');
    expect(read(goesOn).restored).toEqual([]);
    const flush = LAYOUT.replace(/^ +/gm, '');
    expect(read(flush).restored).toEqual([]);
    const signature = `                                   (Signed) Omar Hilale
                  Ambassador, Permanent Representative
                                   Deputy.`;
    expect(read(signature).restored).toEqual([]);
  });

  it('leaves a copy as it is when no line is indented', () => {
    const removed: Removal[] = [];
    const lines = toLines('One.\nTwo.\n\nThree.', removed);
    expect(indentBreaks(lines, removed)).toEqual(lines);
    expect(removed).toEqual([]);
  });

  it('gives a layout copy of a letter its paragraphs, numbered as the document numbers them', () => {
    const { record, warnings } =
      ingestText(`United Nations                                                  A/76/900
                General Assembly                                Distr.: General
                                                                10 June 2022
                                                                Original: English
Seventy-sixth session
Agenda item 68
Right of peoples to self-determination

                Letter dated 8 June 2022 from the Permanent Representative of
                Morocco to the United Nations addressed to the Secretary-General

                        I have the honour to transmit herewith two documents (see annexes I
                and II).
                        I would be grateful if the present letter and its annexes could be
                circulated as a document of the General Assembly, under agenda item 68.

                                                          (Signed) Omar Example
                                                  Ambassador, Permanent Representative
`);
    const paragraphs = record.body.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[1]).toMatch(/^I would be grateful/);
    expect(record.signatories[0]?.name).toBe('Omar Example');
    expect(warnings.map((w) => w.code)).toContain('paragraph-breaks-restored');
  });
});
