const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' || name[1] === 'X'
          ? Number.parseInt(name.slice(2), 16)
          : Number(name.slice(1)),
      );
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

/** Characters that would start Markdown syntax inside text. */
export const escapeMarkdown = (s: string) => s.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`);

const MARKS: Record<string, string> = { i: '*', em: '*', b: '**', strong: '**' };

/**
 * citeproc's HTML as CommonMark: italics and bold become `*` and `**`, other tags (small caps,
 * `nocase` spans, entry wrappers) are dropped, entities decoded and Markdown characters escaped.
 */
export function htmlToMarkdown(html: string): string {
  let out = '';
  for (const token of html.split(/(<\/?[a-z][^>]*>)/i)) {
    const tag = /^<(\/?)([a-z]+)/i.exec(token);
    if (tag) out += MARKS[(tag[2] as string).toLowerCase()] ?? '';
    else out += escapeMarkdown(decode(token));
  }
  return out;
}
