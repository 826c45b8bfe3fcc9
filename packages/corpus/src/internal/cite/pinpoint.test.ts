import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../schema.js';
import { sectionLabels } from './pinpoint.js';

const withHeadings = (...texts: string[]) =>
  ({
    body: texts.map((text) => ({ type: 'heading', role: 'label', text })),
    annexes: [{ n: 1, body: [{ type: 'heading', role: 'label', text: 'IV. In the annex' }] }],
  }) as unknown as DocumentRecord;

describe('sectionLabels', () => {
  it('reads the numbers headings print, in the body and the annexes', () => {
    expect(
      sectionLabels(
        withHeadings(
          'I. Facts',
          'II) Events',
          '2. Figures',
          '2.1 Detail',
          'B. Close',
          'Section 3',
          '5',
        ),
      ),
    ).toEqual(['I', 'II', '2', '2.1', 'B', '3', '5', 'IV']);
  });
  it('takes no word for a section, and no title', () => {
    const record = withHeadings('I wish', 'A Sense of history', 'Background', 'Press-release');
    record.body.push({ type: 'heading', role: 'title', text: 'II. A title' });
    expect(sectionLabels(record)).toEqual(['IV']);
  });
});
