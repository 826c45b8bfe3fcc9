/**
 * Text saved as UTF-8 and read back as Windows-1252 (or Latin-1), as a web page or an editor with
 * the wrong encoding gives it: "ChargÃ© d’affaires" for "Chargé d'affaires", "A/75/356â€“S/2020/947"
 * for the en dash, "â€™" for a curly apostrophe. Each such run is the bytes of one character.
 */

/** The Windows-1252 characters at bytes 0x80-0x9F, by the byte they stand for. */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const BYTE = new Map<string, number>([...CP1252].map((c, i) => [c, 0x80 + i]));

/** A character read from a UTF-8 continuation byte (0x80-0xBF). */
const NEXT = `[\\u00a0-\\u00bf${CP1252.replace(/[\\\]^-]/g, '\\$&')}]`;
/** A lead byte read as a letter ("Ã", "â", "ð") and the continuation bytes it calls for. */
const RUN = `[\\u00c2-\\u00df]${NEXT}|[\\u00e0-\\u00ef]${NEXT}{2}|[\\u00f0-\\u00f4]${NEXT}{3}`;
const RUNS = new RegExp(RUN, 'g');
/** Matches a run where it stands (sticky), for a reader walking a line. */
export const MOJIBAKE_AT = new RegExp(RUN, 'y');
/** Whether a line holds a lead byte read as a letter: the cheap test before the repair. */
export const HAS_MOJIBAKE = /[\u00c2-\u00f4]/;

const utf8 = new TextDecoder('utf-8', { fatal: true });
/**
 * What a misread run may stand for: Latin letters with marks ("é", "ə"), Cyrillic, and the
 * punctuation, currency and letterlike signs ("–", "’", "€", "™"). Other characters are no repair:
 * French "contesté »" with a no-break space has the bytes of a CJK character.
 */
const PLAUSIBLE = /^[\u00a0-\u02ff\u0400-\u04ff\u2000-\u206f\u20a0-\u20bf\u2100-\u214f]$/;

/** The character a run stands for, or null where it is no misread UTF-8 (the text stays). */
export function mojibakeChar(run: string): string | null {
  const bytes = Uint8Array.from([...run], (c) => BYTE.get(c) ?? c.charCodeAt(0));
  try {
    const c = utf8.decode(bytes);
    return PLAUSIBLE.test(c) ? c : null;
  } catch {
    return null;
  }
}

/** The line with each run read as the character its bytes encode. */
export const repairMojibake = (line: string): string =>
  line.replace(RUNS, (run) => mojibakeChar(run) ?? run);
