import type { Signatory } from '../../schema-metadata.js';
import { ANNEX, HEADING_LIKE, SIGNED } from './block-shapes.js';
import type { TextBlock } from './blocks.js';
import { cutInside } from './cut-short.js';

/** A signatory's title or role, as the line that gives it begins. */
const RANK =
  "(?:Ambassador|(?:Deputy |Acting )?Permanent (?:Representative|Observer)|Charg[ée] d['’]affaires|(?:Deputy )?(?:Prime )?Minister|(?:Vice-)?President of the|Chair(?:man|person)? of the|Secretary-General\\b)\\b";
/** A rank, or the title run on to the rank after it ("AmbassadorPermanent Representative"). */
const RANK_GLUED = `${RANK}|Ambassador(?=${RANK})`;
// Case-blind: a copy may print the name and rank in capitals, run together on one line.
const RANKS = new RegExp(`\\s(?=${RANK_GLUED})`, 'i');
// A copy that ran the lines together with nothing between: "Yashar AliyevAmbassador".
const GLUED_RANK = new RegExp(`(?<=\\p{Ll})(?=${RANK_GLUED})`, 'u');
const GLUED_LINE_MAX = 200;
/** Where a rank runs on after the name on one line, spaced or glued, whichever comes first. */
function rankRunOn(line: string): RegExpExecArray | null {
  const spaced = RANKS.exec(line);
  // Tried at every character: only on a line as short as a name and its rank.
  const glued = line.length <= GLUED_LINE_MAX ? GLUED_RANK.exec(line) : null;
  return glued && (!spaced || glued.index < spaced.index) ? glued : spaced;
}
const RANK_FULL = 'Ambassador Extraordinary and Plenipotentiary';
/** The start of a rank at the very end of a copy cut short: "… Am", "… Permanent Represe". */
const CUT_RANK = new RegExp(
  `\\s+(?:${['Ambassador', 'Permanent Representative', 'Permanent Observer', 'Deputy Permanent Representative', 'Chargé d’affaires', "Chargé d'affaires", 'Minister for Foreign Affairs'].map((rank) => cutInside(rank, 2)).join('|')})`,
  'i',
);
/** The diplomatic title before a role: "Ambassador", "Ambassador Extraordinary and Plenipotentiary". */
const RANK_TITLE = new RegExp(
  `^Ambassador(?: Extraordinary and Plenipotentiary)?(?:\\b|(?=${RANK}))`,
  'i',
);
/** A block that goes on with a signature: a title or role, or the words that end one. */
const GOES_ON = new RegExp(
  `^(?:${RANK}|(?:of|to|and|at|in)\\b|(?:Ambassador|Permanent|Deputy|Acting|Charg[ée]|Minister|President|Vice|Prime|Chair|Head|Counsellor|Secretary|Representative|Observer|Special|Director|Coordinator|Envoy|Under|Assistant|Senior|First|Second|Third|Attach[ée]|Consul)\\b)`,
  'i',
);
/** A line that gives a signatory's title or role. */
const ROLE_LINE = new RegExp(`^(?:${RANK_GLUED})`, 'i');
/** A person's name: two to five words in capitals, with the particles names carry. */
const NAME =
  /^(?:\p{Lu}[\p{L}'’.-]*|d[aeio]s?|van|von|der|al|bin|el|la|le)(?: (?:\p{Lu}[\p{L}'’.-]*|d[aeio]s?|van|von|der|al|bin|el|la|le)){1,4}$/u;
const NAME_MAX = 60;
/**
 * Words before a signatory's name: forms of address ("H.E. Mr."), which are not the name, and
 * titles ("Ambassador", "Dr."), which are the signatory's title when no line below gives one.
 */
const HONORIFICS =
  /^(?:(?:H\.\s?E\.|(?:His|Her) Excellency|Mr\.|Ms\.|Mrs\.|Dr\.|Prof\.|Ambassador|Amb\.)\s+)+(?=\p{Lu}[\p{L}'’.-]*\s+\p{Lu})/u;
/** Letters of honours after a name in small letters ("Nina Example, EBS, OBE"): not the name. */
const POST_NOMINALS = /(?<=\p{Ll})(?:,\s*\p{Lu}{2,6})+$/u;
const POST_NOMINALS_MAX = 30;
const TITLE_BEFORE_NAME = /\b(?:Ambassador|Amb\.|Dr\.|Prof\.)/g;
// A signature is "(Signed) Name" and up to two lines of title and role…
const SIGNATURE_LINES = 3;
// …each short: a block longer than this after the name is text, not a title.
const SIGNATURE_LINE_MAX = 80;

/**
 * Signature lines: "(Signed) Name", then title and role on the lines or blocks that follow; the
 * name on the line after "(Signed)" where a copy put it there; with `unsigned`, the name is the
 * first line (see {@link unsignedAt}). No signatory when no name follows.
 */
export function readSignature(
  blocks: readonly TextBlock[],
  i: number,
  unsigned = false,
): { lines: string[]; signatory: Signatory | null; next: number } {
  const lines = [...(blocks[i] as TextBlock).lines.map((l) => l.text)];
  const bare = !unsigned && !SIGNED.exec(lines[0] as string)?.[1];
  let next = i + 1;
  while (
    lines.length < SIGNATURE_LINES + (bare ? 1 : 0) &&
    next < blocks.length &&
    (blocks[next] as TextBlock).text.length < SIGNATURE_LINE_MAX &&
    HEADING_LIKE((blocks[next] as TextBlock).text) &&
    !ANNEX.test((blocks[next] as TextBlock).lines[0]?.text ?? '') &&
    // The next signature of a joint letter, where this one has no title or role under its name.
    !SIGNED.test((blocks[next] as TextBlock).lines[0]?.text ?? '') &&
    // Apart from the name, a block goes on with the signature only as a title or role does: a
    // site's "Download PDF" or "Last updated: …" under a letter is no role.
    ((bare && lines.length === 1) || unsigned || GOES_ON.test((blocks[next] as TextBlock).text))
  ) {
    lines.push(...(blocks[next] as TextBlock).lines.map((l) => l.text));
    next++;
  }
  const named = bare ? lines.slice(1) : lines;
  const first = (
    bare || unsigned ? (named[0] ?? '') : (SIGNED.exec(named[0] as string)?.[1] ?? '')
  ).trim();
  const runOn = rankRunOn(first);
  // "(Signed) Nina Example, Ambassador": the comma before the rank is not the name's.
  const asPrinted = (runOn ? first.slice(0, runOn.index).trim() : first)
    .replace(/\s*[,;]$/, '')
    .replace(POST_NOMINALS, '');
  // A copy cut short in the rank after the name ("Nina Example Ambass"), where nothing follows.
  const printedName = next >= blocks.length ? asPrinted.replace(CUT_RANK, '') : asPrinted;
  const honorific = HONORIFICS.exec(printedName);
  const titledName = honorific ? printedName.slice(honorific[0].length) : printedName;
  // "(Signed) Ambassador" / "Permanent Representative": a copy that dropped the name.
  const nameless = ROLE_LINE.test(titledName);
  const name = nameless ? '' : titledName;
  const rest = nameless
    ? [first, ...named.slice(1)]
    : runOn
      ? [first.slice(runOn.index).trim(), ...named.slice(1)]
      : named.slice(1);
  const rank = RANK_TITLE.exec(rest[0] ?? '')?.[0];
  const roleWords =
    rank !== undefined
      ? // "Ambassador and Permanent Representative": the "and" joins title and role, on one line or
        // at the end of the title's ("… Plenipotentiary and" / "Permanent Representative").
        [
          (rest[0] as string).slice(rank.length).replace(/^[\s,;]*(?:and(?:\s+|$))?/i, ''),
          ...rest.slice(1),
        ]
      : rest;
  const role =
    roleWords
      .join(' ')
      .trim()
      .replace(/^[,;]\s*|[,;]$/g, '') || null;
  // The title in its usual form, whatever case the copy printed it in.
  const title =
    rank !== undefined
      ? rank.length > 'Ambassador'.length
        ? RANK_FULL
        : 'Ambassador'
      : (honorific?.[0]
          .match(TITLE_BEFORE_NAME)
          ?.map((t) => (t === 'Amb.' ? 'Ambassador' : t))
          .join(' ') ?? null);
  const signatory = name ? { name, title, role } : null;
  return { lines, signatory, next };
}

/**
 * A signature printed without "(Signed)", as a mission's web page copies a letter: a person's name,
 * then a title or role ("Ambassador", "Permanent Representative") after it on the line, on the
 * next line, or in the next short block.
 */
export function unsignedAt(blocks: readonly TextBlock[], i: number): boolean {
  const block = blocks[i] as TextBlock;
  const line = block.lines[0]?.text ?? '';
  // The name and rank may run on, on one line: "Nina Example Ambassador Permanent Representative".
  const runOn = rankRunOn(line);
  const printed = runOn ? line.slice(0, runOn.index) : line;
  // Asked of every block's first line: a paragraph's is longer than any name and its honours.
  if (printed.length > NAME_MAX + POST_NOMINALS_MAX) return false;
  const name = printed.replace(POST_NOMINALS, '');
  if (name.length > NAME_MAX || !NAME.test(name) || ROLE_LINE.test(name)) return false;
  const below = blocks[i + 1];
  const next = below && below.lines.length < SIGNATURE_LINES ? below.lines[0]?.text : undefined;
  const after = runOn
    ? line.slice(runOn.index + runOn[0].length)
    : (block.lines[1]?.text ?? next ?? '');
  return ROLE_LINE.test(after);
}
