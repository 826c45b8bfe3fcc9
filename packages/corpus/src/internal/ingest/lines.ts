import { splitLines, stripMarkup } from '../text/source-text.js';
import { decodeEntities } from './entities.js';
import { HAS_MOJIBAKE, repairMojibake } from './mojibake.js';

/** A line of the input: its 1-based number, the raw text, and the text after cleaning. */
export interface Line {
  n: number;
  raw: string;
  text: string;
  /**
   * For a line ingest joined from input lines (a flattened copy re-wrapped at a fixed width): the
   * input lines `raw` joins with line breaks, where each starts in `raw` and where in `text`.
   */
  joined?: readonly { n: number; at: number; textAt: number }[];
}

/** The input line that a place in a line's text is on: a joined line's text runs over several. */
export function inputLineAt(line: Line, textAt: number): number {
  const parts = line.joined;
  if (!parts) return line.n;
  let lo = 0;
  let hi = parts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((parts[mid] as { textAt: number }).textAt <= textAt) lo = mid;
    else hi = mid - 1;
  }
  return parts[lo]?.n ?? line.n;
}

/** What ingest removed or changed, and where: the input lines it touched. */
export interface Removal {
  kind:
    | 'whitespace'
    | 'ligature'
    | 'hyphen'
    | 'html-entity'
    | 'mojibake'
    | 'markup'
    | 'page-footer'
    | 'running-header'
    | 'page-number'
    | 'web-chrome'
    | 'footnote'
    | 'hyphenation'
    | 'page-break-join'
    | 'paragraph-break';
  lines: number[];
  description: string;
}

/**
 * Lists `lines` under `kind`, with those an earlier entry of that kind listed: one entry a kind,
 * however many steps find its lines.
 */
export function noteRemoval(
  removed: Removal[],
  kind: Removal['kind'],
  lines: readonly number[],
  description: string,
): void {
  if (lines.length === 0) return;
  const known = removed.find((r) => r.kind === kind);
  if (known) known.lines = [...new Set([...known.lines, ...lines])].sort((a, b) => a - b);
  else removed.push({ kind, lines: [...lines], description });
}

const ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]/g;
export const HAS_ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]/;
export const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// Typographic ligatures, as a PDF copy may give them: "ﬁrst", "Chargé d'aﬀaires", "Oﬃcial".
const LIGATURE = /[\ufb00-\ufb06]/g;
export const HAS_LIGATURE = /[\ufb00-\ufb06]/;
// A PDF's non-breaking hyphen and the Unicode hyphen: "Secretary‑General", "Seventy‑fifth".
const HYPHEN = /[\u2010\u2011]/g;
const PLAIN = /^[\x20-\x7e]*$/;
/** A raw line with odd spaces, ligatures and hyphens folded, and which of them it had. */
function fold(raw: string) {
  const referenced = raw.includes('&') ? decodeEntities(raw) : raw;
  const entities = referenced !== raw;
  // Most lines are plain ASCII: nothing to fold.
  if (PLAIN.test(referenced))
    return { t: referenced, spaced: false, tied: false, hyphened: false, entities, misread: false };
  const decoded = HAS_MOJIBAKE.test(referenced) ? repairMojibake(referenced) : referenced;
  const misread = decoded !== referenced;
  let t = decoded.replace(INVISIBLE, '');
  const spaced = HAS_ODD_SPACE.test(t) || t !== decoded;
  t = t.replace(ODD_SPACE, ' ');
  const tied = HAS_LIGATURE.test(t);
  if (tied) t = t.replace(LIGATURE, (c) => c.normalize('NFKC'));
  const hyphened = t.search(HYPHEN) !== -1;
  if (hyphened) t = t.replace(HYPHEN, '-');
  return { t, spaced, tied, hyphened, entities, misread };
}

/** A raw line cleaned as ingest reads it, and what cleaning it changed. */
export function cleanLine(raw: string) {
  const { t, spaced, tied, hyphened, entities, misread } = fold(raw);
  const stripped = stripMarkup(t);
  const marked = stripped !== t.trimEnd();
  return {
    text: stripped.replace(/ {2,}/g, ' ').trim(),
    spaced,
    tied,
    hyphened,
    entities,
    misread,
    marked,
  };
}

/**
 * Split into lines, fold odd white space, ligatures and hyphens, and strip Markdown/HTML markup,
 * recording each.
 */
export function toLines(text: string, removed: Removal[]): Line[] {
  const spaced: number[] = [];
  const tied: number[] = [];
  const hyphens: number[] = [];
  const referenced: number[] = [];
  const misread: number[] = [];
  const marked: number[] = [];
  const lines = splitLines(text).map((raw, i) => {
    const clean = cleanLine(raw);
    if (clean.spaced) spaced.push(i + 1);
    if (clean.tied) tied.push(i + 1);
    if (clean.hyphened) hyphens.push(i + 1);
    if (clean.entities) referenced.push(i + 1);
    if (clean.misread) misread.push(i + 1);
    if (clean.marked) marked.push(i + 1);
    return { n: i + 1, raw, text: clean.text };
  });
  if (spaced.length)
    removed.push({
      kind: 'whitespace',
      lines: spaced,
      description: 'No-break, zero-width and other odd spaces folded to plain spaces.',
    });
  if (tied.length)
    removed.push({
      kind: 'ligature',
      lines: tied,
      description: 'Typographic ligatures (ﬁ, ﬂ, ﬀ, ﬃ, ﬄ, ﬅ, ﬆ) written as the letters they join.',
    });
  if (hyphens.length)
    removed.push({
      kind: 'hyphen',
      lines: hyphens,
      description: 'Non-breaking and Unicode hyphens (U+2011, U+2010) written as plain hyphens.',
    });
  if (referenced.length)
    removed.push({
      kind: 'html-entity',
      lines: referenced,
      description:
        'HTML character references a web copy kept as text (&ndash;, &#8211;, &amp;) written as the characters they stand for.',
    });
  if (misread.length)
    removed.push({
      kind: 'mojibake',
      lines: misread,
      description:
        'UTF-8 text a copy had read as Windows-1252 ("ChargÃ©", "â€“", "â€™") written as the characters its bytes encode.',
    });
  if (marked.length)
    removed.push({
      kind: 'markup',
      lines: marked,
      description: 'Markdown and HTML marks removed (**, #, ---, >, [text](link), <sup>).',
    });
  return lines;
}
