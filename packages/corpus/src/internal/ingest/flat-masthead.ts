import type { Line } from './lines.js';
import { tokenizeMasthead } from './masthead-tokens.js';

/** How far into a flattened line its masthead may run. */
const MASTHEAD_MAX = 600;
/** Words between two facts of one masthead: a version's language ("English only"), a range of dates. */
const GAP_WORDS = 4;
/** Fewest facts that make a line's start a masthead. */
const MIN_FACTS = 4;

/**
 * Where the masthead of a flattened document with no letter title ends (a report, a statement by
 * the President, a note by the Secretary-General, a draft): after its run of facts from the logo,
 * up to the first run of words longer than a gap between facts. An agenda head's title goes with
 * the text after it, for nothing tells where it ends. -1 where the line opens with no masthead.
 */
export function flatMastheadEnd(line: Line): number {
  const head = line.text.slice(0, MASTHEAD_MAX);
  const tokens = tokenizeMasthead([{ ...line, text: head }]);
  if (tokens[0]?.kind !== 'logo') return -1;
  let facts = 0;
  let end = -1;
  let at = 0;
  for (const t of tokens) {
    const from = head.indexOf(t.text, at);
    if (from === -1) return -1;
    at = from + t.text.length;
    if (t.kind === 'words') {
      if (t.text.split(' ').length > GAP_WORDS) break;
      continue;
    }
    facts++;
    end = at;
  }
  return facts >= MIN_FACTS && end < line.text.length ? end : -1;
}
