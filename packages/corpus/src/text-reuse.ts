/** How text reuse between two documents is measured (stored with each `sharesTextWith` relation). */
export const TEXT_REUSE_METHOD =
  'word 5-gram containment: the share of the distinct 5-word sequences of this document’s numbered passages that also occur in the target’s (case-folded, punctuation ignored)';

const SHINGLE = 5;

function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

/**
 * The share (0..1, two decimals) of the distinct word 5-grams of `text` that also occur in
 * `target`: 1 means every 5-word run of `text` is found in `target`. Not symmetric.
 */
export function textReuse(text: string, target: string): number {
  const mine = shingles(text);
  if (mine.size === 0) return 0;
  const theirs = shingles(target);
  let shared = 0;
  for (const s of mine) if (theirs.has(s)) shared++;
  return Math.round((shared / mine.size) * 100) / 100;
}
