const OPEN = 40;
const SPACE = 32;
const WS = '[ \\t\\u00a0]?(?:\\r?\\n)?[ \\t\\u00a0]?';
/**
 * Up to 12 components of up to 24 characters: bounded, and `/` delimits, so no backtracking
 * blow-up. A hyphen may be a PDF's non-breaking hyphen or minus sign ("A/ES‑10/484").
 */
const TAIL = new RegExp(
  `(?:${WS}/${WS}[A-Za-z0-9][A-Za-z0-9.\\-\\u2010\\u2011\\u2212()]{0,24}(?:\\. ?[0-9]{1,3})?){1,12}`,
  'y',
);
const PAREN = /[ \u00a0]?\((?:S-|ES-)?(?:[IVXLC]{1,6}|(?:19|20)[0-9]{2})\)/y;
const RESUMPTION = /[ \u00a0]?\(Resumption [0-9]{1,2}\)/iy;
/**
 * A resolution's part ("A/RES/69/274 A", "A/RES/70/93 A-B"), unless the letter is an article that
 * opens a phrase ("… A/RES/69/274 A new approach"): a word no article stands before may follow.
 */
const PART =
  / [A-Z](?:-[A-Z])?(?![\p{L}\p{N}_-])(?! +(?!(?:and|or|of|in|to|on|by|for|with|which|that|was|were|is|are|has|have|had|adopted|then|as|at|from|also|para|paras|annex)\b)[a-z])/uy;

/** Where the symbol whose root ends at `from` ends: components, an old resolution's year, a resumption, a part, a reissue mark. */
export function span(text: string, from: number): number {
  TAIL.lastIndex = from;
  if (!TAIL.exec(text)) return from;
  let end = TAIL.lastIndex;
  // Words in brackets glued to a symbol are a link's note, not a component: "S/2020/34(opens in
  // new window)", "A/74/649(link is external)".
  const note = text.slice(from, end).search(/\((?=\p{Ll})/u);
  if (note !== -1) end = from + note;
  // A PDF copy runs the next word on: "S/2021/215General Assembly", "A/75/812Distr.",
  // "A/75/123and", "A/75/123.The", "A/75/123.I should", "(A/75/123)and", "(A/75/123).It",
  // "S/RES/2334(2016)was"; no component has a number with small letters after it, or a closing
  // bracket and a word. (The space after a one-letter word is past the components read.)
  const glued = text
    .slice(from, end + 1)
    .search(
      /[0-9](?=(?!(?:Add|Rev|Corr|Amend)\b)[A-Z][a-z]{2}|[a-z]{2}|\.(?:[A-Z][a-z]|[AI]\s))|\)(?=\.?[A-Za-z]{2}|\.[AI]\s)/,
    );
  if (glued !== -1 && from + glued < end) end = from + glued + 1;
  while (end > from && /[.\-\u2010\u2011\u2212(]/.test(text[end - 1] as string)) end--;
  const opened = (text.slice(from, end).match(/\(/g) ?? []).length;
  if (text[end - 1] === ')' && (text.slice(from, end).match(/\)/g) ?? []).length > opened) end--;
  const next = text.charCodeAt(end);
  const after = text.charCodeAt(end + 1);
  if (next === OPEN || after === OPEN) {
    for (const sticky of [PAREN, RESUMPTION]) {
      sticky.lastIndex = end;
      if (sticky.exec(text)) end = sticky.lastIndex;
    }
  } else if (
    next === SPACE &&
    after >= 65 &&
    after <= 90 &&
    /\/RES\//i.test(text.slice(from - 1, end))
  ) {
    PART.lastIndex = end;
    if (PART.exec(text)) end = PART.lastIndex;
  }
  let stars = 0;
  while (text[end + stars] === '*') stars++;
  // `**` closes Markdown bold; an odd run carries the reissue mark before it.
  return stars % 2 === 1 ? end + 1 : end;
}
