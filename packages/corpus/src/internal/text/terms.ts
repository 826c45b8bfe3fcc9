/**
 * A character class's test of one UTF-16 code unit, each unit asked of the regex once: a text
 * repeats its few non-ASCII characters (quotes, dashes, accented letters) thousands of times.
 */
export function codeUnitClass(re: RegExp): (code: number) => boolean {
  // 0 not asked yet, 1 in the class, 2 not.
  const decided = new Uint8Array(0x10000);
  return (code) => {
    let answer = decided[code] as number;
    if (answer === 0) {
      answer = re.test(String.fromCharCode(code)) ? 1 : 2;
      decided[code] = answer;
    }
    return answer === 1;
  };
}

const isLetterDigitOrMark = codeUnitClass(/[\p{L}\p{N}\p{M}]/u);

/**
 * Letters, digits and combining marks are word characters. ASCII, the Latin letters of U+00C0 to
 * U+02AF (all letters but × and ÷) and the General Punctuation block (quotes, dashes: none) are
 * decided without the regex, whose first use costs a command-line search about a millisecond.
 */
export function isWordChar(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  if (code >= 0xc0 && code <= 0x2af) return code !== 0xd7 && code !== 0xf7;
  if (code >= 0x2000 && code <= 0x206f) return false;
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return isLetterDigitOrMark(code);
}

/** Call `visit(start, end)` for every word (run of letters and digits) of a text. */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (isWordChar(text.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit(start, i);
      start = -1;
    }
  }
  if (start >= 0) visit(start, text.length);
}

/** Word tokens of a text with their offsets: apostrophes, hyphens and punctuation split words. */
export function tokens(text: string): Array<{ word: string; start: number; end: number }> {
  const out: Array<{ word: string; start: number; end: number }> = [];
  forEachWord(text, (start, end) => out.push({ word: text.slice(start, end), start, end }));
  return out;
}

/**
 * The search term of a word: case- and accent-folded, then reduced by Harman's "S" stemmer
 * (ies → y, es → e, s → ∅ with its exceptions), so "Martyrs" and "martyr" meet. Single letters
 * left by a split possessive ("Martyr's") are dropped.
 */
export function searchTerm(word: string): string | null {
  const w = /^[\x20-\x7e]*$/.test(word)
    ? word.toLowerCase()
    : word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  if (w.length < 2 && !/\d/.test(w)) return null;
  if (w.length > 3 && w.endsWith('ies') && !/[ae]ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('es') && !/[aeo]es$/.test(w)) return w.slice(0, -1);
  if (w.length > 2 && w.endsWith('s') && !/[us]s$/.test(w)) return w.slice(0, -1);
  return w;
}

/** The search terms of a text, in order (a term once per occurrence). */
export function searchTerms(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (start, end) => {
    const term = searchTerm(text.slice(start, end));
    if (term !== null) out.push(term);
  });
  return out;
}
