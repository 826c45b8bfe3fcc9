import { describe, expect, it } from 'vitest';
import { getDocument } from './bundled.js';
import { blockText, documentView, metadataRows } from './document-view.js';
import { QueryError } from './errors.js';
import type { DocumentRecord } from './schema.js';

const letter = getDocument('2023-01-20-letter') as DocumentRecord;
const release = getDocument('2020-01-20-press-release') as DocumentRecord;

describe('documentView', () => {
  it('reads the body, then each annex under its heading and subtitle', () => {
    const view = documentView(letter);
    expect(view.title).toBe(letter.title);
    expect(view.parts).toHaveLength(2);
    expect(view.parts[0]).toEqual({ blocks: letter.body });
    expect(view.parts[1]?.heading).toMatch(/^Annex to the letter dated 20 January 2023/);
    expect(view.parts[1]?.subtitle).toMatch(/National Mourning Day$/);
    expect(view.passage).toBeUndefined();
  });

  it('reads one annex, or one paragraph of the body or of an annex', () => {
    expect(documentView(letter, { annex: 1 }).parts.map((p) => p.blocks)).toEqual([
      letter.annexes[0]?.body,
    ]);
    const inAnnex = documentView(letter, { annex: 1, paragraph: 3 }).passage;
    expect(inAnnex).toMatchObject({ n: 3 });
    expect(inAnnex).toBe(letter.annexes[0]?.body.find((b) => 'n' in b && b.n === 3));
    const inBody = documentView(release, { paragraph: 2 }).passage;
    expect(inBody).toBe(release.body.find((b) => 'n' in b && b.n === 2));
  });

  it('names the record and what it lacks when asked for a part it does not have', () => {
    expect(() => documentView(release, { annex: 1 })).toThrow(
      new QueryError('2020-01-20-press-release has no annex 1 (it has no annexes)'),
    );
    expect(() => documentView(letter, { annex: 2 })).toThrow('2023-01-20-letter has no annex 2');
    expect(() => documentView(letter, { annex: 1, paragraph: 99 })).toThrow(
      '2023-01-20-letter has no paragraph 99 in annex 1',
    );
    expect(() => documentView(release, { paragraph: 0 })).toThrow(QueryError);
  });
});

describe('metadataRows', () => {
  it('labels what the record has, in words, and leaves out what it lacks', () => {
    const rows = new Map(metadataRows(letter));
    expect(rows.get('organs')).toBe('General Assembly, 77th session');
    expect(rows.get('symbols')).toBe('none printed');
    expect(rows.get('source')).toBe(`${letter.source.fileName} (sha256 ${letter.source.sha256})`);
    expect(new Map(metadataRows(release)).has('agenda items')).toBe(false);
  });
});

describe('blockText', () => {
  it('numbers passages as [n] in text and n. in Markdown', () => {
    const block = release.body.find((b) => b.type === 'paragraph');
    if (block?.type !== 'paragraph') throw new Error('no paragraph');
    expect(blockText(block)).toBe(`[${block.n}] ${block.text}`);
    expect(blockText(block, 'markdown')).toBe(`${block.n}. ${block.text}`);
  });
});
