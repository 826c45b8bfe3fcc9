/**
 * HTML character references a web copy kept as text ("A/74/956&ndash;S/2020/719", "&#8211;"): the
 * named ones a page's text uses, and numeric ones.
 */
export const ENTITY = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z]{2,6}));/g;
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  hellip: '\u2026',
  shy: '\u00ad',
  szlig: '\u00df',
  oslash: '\u00f8',
  Oslash: '\u00d8',
  aelig: '\u00e6',
  AElig: '\u00c6',
};

/** Latin letters with a mark, as HTML names them ("eacute", "ccedil", "Ouml"): a letter and a mark. */
const MARKED = /^([aeiouyAEIOUYcCnN])(acute|grave|circ|uml|tilde|cedil|ring)$/;
const MARKS: Readonly<Record<string, string>> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  uml: '\u0308',
  tilde: '\u0303',
  cedil: '\u0327',
  ring: '\u030a',
};

/** The character a reference stands for, or null for one that is not decoded (the text stays). */
export function entityChar(dec?: string, hex?: string, name?: string): string | null {
  if (name !== undefined) {
    const marked = MARKED.exec(name);
    return marked
      ? `${marked[1]}${MARKS[marked[2] as string]}`.normalize('NFC')
      : (NAMED[name] ?? null);
  }
  const code = dec !== undefined ? Number(dec) : Number.parseInt(hex as string, 16);
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
    ? String.fromCodePoint(code)
    : null;
}

/** `t` with the character references {@link entityChar} decodes decoded. */
export const decodeEntities = (t: string) =>
  t.replace(ENTITY, (m, dec, hex, name) => entityChar(dec, hex, name) ?? m);
