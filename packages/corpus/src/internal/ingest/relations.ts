import type { Passage } from '../../passages.js';
import type { Reference, Relation } from '../../schema-facts.js';

const CUE =
  /\b(?:draw your attention to|in response to|in reply to|with reference to|refer to|referring to|respond to)\b/i;

/**
 * `repliesTo` relations: a sentence that answers or refers to another letter and cites its UN
 * symbol. The evidence is that sentence as printed.
 */
export function findReplies(
  passages: Iterable<Passage>,
  references: readonly Reference[],
): Relation[] {
  const out: Relation[] = [];
  for (const p of passages) {
    for (const sentence of p.text.split(/(?<=[.!?])\s+(?=[A-Z“"])/)) {
      if (!CUE.test(sentence) || !/\bletters? dated\b/.test(sentence)) continue;
      for (const ref of references) {
        if (
          ref.type !== 'un-document' ||
          !ref.paragraph ||
          !sameParagraph(ref.paragraph, p) ||
          !sentence.includes(ref.asPrinted)
        )
          continue;
        if (out.some((r) => r.target === ref.symbol)) continue;
        out.push({
          type: 'repliesTo',
          target: ref.symbol,
          targetKind: 'un-symbol',
          evidence: sentence.replace(/\.$/, ''),
          paragraph: p.locator,
        });
      }
    }
  }
  return out;
}

const sameParagraph = (a: Passage['locator'], p: Passage) =>
  a.paragraph === p.locator.paragraph && a.annex === p.locator.annex;
