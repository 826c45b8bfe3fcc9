import { RECIPIENT_LIST } from './addressees.js';
import { ANNEX_NUMBER, CLOSE_WORDS, COURTESY, ORIGINAL_NOTE, SIGNED } from './block-shapes.js';
import { TITLE_END } from './flat-title.js';
import { DATED_WORD, TITLE_WORDS } from './title.js';

/**
 * A flattened body cut where a copy ran its parts together: signature, annexes, page furniture and
 * a site's lines under the text. unflatten.ts cuts the line; `bodyPieces` cuts the text after the
 * title.
 */

/** The last word of a signature's rank or role, after which a bare "Annex" heads an annex. */
const SIGNATURE_END =
  '\\b(?:Representative|Ambassador|Plenipotentiary|a\\.\\s?i\\.|Observer|Minister|Affairs|Nations)';
/**
 * What follows a bare annex heading: the annexed text's own title ("Statement of the Ministry …",
 * "Letter dated 1 March 2021 from the Minister …") or its original language.
 */
const ANNEXED_TITLE = `[A-Z][a-z]+ (?:of|by|on|from)\\b|${TITLE_WORDS} ${DATED_WORD}\\b|\\[Original`;
/** A signature mark ahead, as a flattened body prints it. */
const SIGNED_AHEAD =
  '[(\\[](?:[Ss]igned|SIGNED|[Ss]gd\\.?|SGD\\.?|[Ss]igné|SIGNÉ|[Ff]irmado|FIRMADO)[)\\]]|(?:Signed|SIGNED): ';
/**
 * A web page's lines under a post, which its noise reader removes once they stand alone: tags,
 * a copyright line, sharing links, "Last updated".
 */
const SITE_FOOTER =
  '(?:Tags?|Categories|Filed under|Posted in):|©|Share (?:this|on)\\b|Last updated\\b';
/** The end of a letter's text: its closing, or its request to be circulated. */
const CLOSED = `${COURTESY}|\\b${CLOSE_WORDS},|\\bcirculated as (?:an? (?:official )?)?documents? of the [^.]{1,200}\\.`;
/**
 * The same breaks where a copy ran paragraphs together with nothing between them (a web page's
 * text taken without separators: "…Security Council.(Signed) …", "…RepresentativeAnnex to the
 * letter …", "…my highest consideration.Yashar Aliyev").
 */
const GLUED_BREAKS = new RegExp(
  `(?<=\\S)(?=${SIGNED_AHEAD})|(?<=[a-z.])(?=${SITE_FOOTER})|(?<=[a-z.])(?=Annex(?: ${ANNEX_NUMBER})? to the )|(?=Annex(?: ${ANNEX_NUMBER})? [A-Z])(?<=${SIGNATURE_END})|(?=[A-Z])(?<=${CLOSED})`,
  'g',
);
/**
 * Whether a piece may hold a glued break. Zero-width breaks are tried at every character, not only
 * at spaces: asked first, they cost a flattened body nothing (a split of 8 KB went 20 → 42 µs).
 */
const GLUED_HINT =
  /\S[([]|[a-z.](?:Annex|Tags?|Categories|Filed|Posted|Share|Last|©)|\.[A-Z]|y,[A-Z]/;
/**
 * Signature, annex (a heading of a word or two before a title: "Annex Statement of …") and page
 * furniture (job-number footer, bar code) glued into a flattened body,
 * and the name a web copy prints unsigned after the closing ("… my highest consideration.") or
 * the request to circulate the letter;
 * and as older documents print them, a footnote rule, a footer ("90-03456 1234a (E) /...") and an
 * "ANNEX" heading alone.
 */
const BODY_BREAKS = new RegExp(
  `\\s+(?=${SIGNED_AHEAD}|${SITE_FOOTER}|Annex(?: ${ANNEX_NUMBER})? to the |Enclosure\\b|Annex(?: ${ANNEX_NUMBER})?\\*?(?: ?${ORIGINAL_NOTE})? (?=${ANNEXED_TITLE})|\\d{2}-\\d{5}\\s*(?:\\d{4}[a-z]?\\s*)?\\([A-Z]\\)|_{5,}|ANNEX(?: [IVX]+)? [A-Z])|(?=\\s)(?<=\\*\\d{5,}\\*|\\/\\.\\.\\.|\\bANNEX(?: [IVX]+)?|${CLOSED})\\s+(?=(?![IVX]+\\b)[A-Z*])|(?=\\s)(?<=${SIGNATURE_END})\\s+(?=Annex(?: ${ANNEX_NUMBER})? [A-Z])`,
  'g',
);
/**
 * An annex heading runs up to its addressee; the annex's text follows on the same line. A footnote
 * mark after the addressee ("Secretary-General1", "…-General*") is not the text's.
 */
const ANNEX_END = new RegExp(
  `^(Annex(?: ${ANNEX_NUMBER})? to the ${TITLE_WORDS.toLowerCase()} ${DATED_WORD} .+? addressed to ${RECIPIENT_LIST}(?:\\d? ${ORIGINAL_NOTE})?)(?:\\d|(?<=[a-z])\\*{1,3}(?= ))?(?:\\s+|(?<=[a-z]))(?=[A-Z“"])`,
);

/**
 * An annex heading of a word or two ("Annex", "Annex II*", "Annex [Original: Russian]") before the
 * annexed text's own title ("Statement of the Ministry …").
 */
const ANNEX_ALONE = new RegExp(
  `^(Annex(?: ${ANNEX_NUMBER})?\\*?(?: ?${ORIGINAL_NOTE})?)\\s+(?=${ANNEXED_TITLE})`,
);

/** A bare annex heading, before any text, where a signature stands above it. */
const ANNEX_UNDER_SIGNATURE = new RegExp(`^(Annex(?: ${ANNEX_NUMBER})?)\\s+(?=[A-Z])`);

/** A flattened body cut at its signature, annexes and page furniture. */
export function bodyPieces(text: string): string[] {
  const breaks = text
    .split(BODY_BREAKS)
    .flatMap((piece) => (GLUED_HINT.test(piece) ? piece.split(GLUED_BREAKS) : [piece]));
  return breaks.flatMap((piece, i, pieces) => {
    // Under a signature, a bare "Annex" heads an annex whatever its text opens with.
    const signed = SIGNED.test(pieces[i - 1] ?? '');
    const annex =
      ANNEX_END.exec(piece) ??
      ANNEX_ALONE.exec(piece) ??
      (signed ? ANNEX_UNDER_SIGNATURE.exec(piece) : null);
    if (!annex) return [piece];
    const rest = piece.slice(annex[0].length);
    // An annexed letter's own title ("Annex Letter dated … addressed to …") is a line of its own.
    const title = TITLE_END.exec(rest);
    return title
      ? [annex[1] as string, title[1] as string, rest.slice(title[0].length)]
      : [annex[1] as string, rest];
  });
}
