import { formatLocator, type Passage } from '../../passages.js';
import type { DocumentRecord } from '../../schema.js';
import type { Block, Locator } from '../../schema-text.js';
import { isPassage } from '../text/passage-blocks.js';

/**
 * The passages of a set of records by key (the order they were added in), as flat arrays: a
 * text, a record id and two numbers each. A search index of 500,000 paragraphs kept an object
 * and a locator for each, which took memory and promoted garbage that the build then collected.
 */
export class PassageTable {
  private readonly text: string[] = [];
  private readonly ids: string[] = [];
  private readonly paragraphs: number[] = [];
  // 0 for the body.
  private readonly annexes: number[] = [];
  // Each record's number of annexes, which decides how a pinpoint names one.
  private readonly annexCount = new Map<string, number>();

  /** Each key's text. */
  get texts(): readonly string[] {
    return this.text;
  }

  /** Adds a record's passages in reading order (the body, then each annex); returns how many. */
  add(record: Pick<DocumentRecord, 'id' | 'body' | 'annexes'>): number {
    const before = this.text.length;
    this.annexCount.set(record.id, record.annexes.length);
    this.addBlocks(record.id, record.body, 0);
    for (const annex of record.annexes) this.addBlocks(record.id, annex.body, annex.n);
    return this.text.length - before;
  }

  /** The passage of a key. */
  passage(key: number): Passage {
    const annex = this.annexes[key] as number;
    const paragraph = this.paragraphs[key] as number;
    const locator: Locator = annex === 0 ? { paragraph } : { annex, paragraph };
    return { id: this.ids[key] as string, locator, text: this.text[key] as string };
  }

  /** A passage's pinpoint, e.g. "para. 3" or "annex II, para. 2" (see `formatLocator`). */
  pinpoint(passage: Passage): string {
    return formatLocator(passage.locator, this.annexCount.get(passage.id));
  }

  private addBlocks(id: string, blocks: readonly Block[], annex: number): void {
    for (const block of blocks) {
      if (!isPassage(block)) continue;
      this.text.push(block.text);
      this.ids.push(id);
      this.paragraphs.push(block.n);
      this.annexes.push(annex);
    }
  }
}
