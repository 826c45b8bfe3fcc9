import { toRoman } from '@black-january/un-symbols';
import { isPassage } from './internal/text/passage-blocks.js';
import type { DocumentRecord } from './schema.js';
import type { Block, Locator } from './schema-text.js';

/** A numbered passage (paragraph or block quote) of a record, addressed by its locator. */
export interface Passage {
  id: string;
  locator: Locator;
  text: string;
}

function* numbered(id: string, blocks: readonly Block[], annex?: number): Generator<Passage> {
  for (const block of blocks) {
    if (!isPassage(block)) continue;
    const locator: Locator =
      annex === undefined ? { paragraph: block.n } : { annex, paragraph: block.n };
    yield { id, locator, text: block.text };
  }
}

/** Every numbered passage of a record in reading order: the body, then each annex. */
export function* passages(
  record: Pick<DocumentRecord, 'id' | 'body' | 'annexes'>,
): Generator<Passage> {
  yield* numbered(record.id, record.body);
  for (const annex of record.annexes) yield* numbered(record.id, annex.body, annex.n);
}

/** The passage at a locator, or `undefined` when the record has no such paragraph. */
export function passageAt(
  record: Pick<DocumentRecord, 'id' | 'body' | 'annexes'>,
  locator: Locator,
): Passage | undefined {
  for (const p of passages(record)) {
    if (p.locator.paragraph === locator.paragraph && p.locator.annex === locator.annex) return p;
  }
  return undefined;
}

/** A pinpoint as people write it: "para. 3", or "annex, para. 2" (annex numbered when several). */
export function formatLocator(locator: Locator, annexCount = 1): string {
  const para = `para. ${locator.paragraph}`;
  if (locator.annex === undefined) return para;
  return annexCount > 1 ? `annex ${toRoman(locator.annex)}, ${para}` : `annex, ${para}`;
}
