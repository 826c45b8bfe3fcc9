/**
 * Resolutions cited by number ("resolution 74/300", "Security Council resolutions 822 (1993),
 * 853 (1993) and 874 (1993)") and the symbols they have. The body is the one named before the
 * word or after the numbers; with none named, the number's form says it: "822 (1993)" is the
 * Security Council's, "74/300" the General Assembly's. A resolution of any other body (the
 * Parliamentary Assembly of the Council of Europe numbers its own "1416 (2005)") gets no symbol.
 */

/** The three bodies whose resolutions have symbols; `other` for any other, null for none named. */
const ORGANS = ['General Assembly', 'Security Council', 'Human Rights Council'] as const;
type Organ = (typeof ORGANS)[number];
type Body = Organ | 'other' | null;

export interface CitedResolution {
  symbol: string;
  description: string;
  /** The words as printed: the first with the body and "resolution(s)", the rest the number alone. */
  asPrinted: string;
}

const ITEM = String.raw`(?:(?:ES|S)-\d{1,2}\/\d{1,3}|\d{1,3}\/\d{1,4}|\d{1,4} \(\d{4}\))(?![\d/])`;
const LIST = new RegExp(
  String.raw`\b((?:${ORGANS.join('|')})['’]?s? )?resolutions? (${ITEM}(?:(?:,|,? and|,? as well as) ${ITEM})*)`,
  'g',
);
const EACH = new RegExp(ITEM, 'g');
/**
 * A body named in the clause before "resolution": the three with symbols, by name or acronym; any
 * other by an acronym ("OIC", "PACE") or by capitalised words ending in a body's noun.
 */
const NAMED = new RegExp(
  String.raw`\b(?:${ORGANS.join('|')}|[A-Z]{3,6}|(?:[A-Z][a-z]+ )+(?:Assembly|Council|Commission|Conference|Board|Committee|Organi[sz]ation|Parliament|Summit|Union|Forum))\b`,
  'g',
);
/** "… of the Security Council", or of another body, after the numbers. */
const AFTER =
  /^,? (?:of|by|adopted by) the ((?:[A-Z][\w’'-]*)(?: (?:[A-Z][\w’'-]*|of|the|on|for|and))*)/;
const ACRONYMS: Record<string, Organ> = {
  UNGA: 'General Assembly',
  UNSC: 'Security Council',
  HRC: 'Human Rights Council',
};

/** The body a name names: an acronym, or words ending in one of the three ("United Nations Security Council"). */
function bodyNamed(name: string): Body {
  return ACRONYMS[name] ?? ORGANS.find((o) => name === o || name.endsWith(` ${o}`)) ?? 'other';
}

/** The body of a resolution: named after its numbers, or last named in its clause before them. */
function bodyOf(before: string, after: string): Body {
  const of = AFTER.exec(after)?.[1];
  if (of) return bodyNamed(of);
  const clause = before.slice(before.search(/[^.;]*$/));
  let last: string | null = null;
  for (const m of clause.matchAll(NAMED)) last = m[0];
  return last === null ? null : bodyNamed(last);
}

/** The symbol of resolution `item` of `body`, and whose it is; null for a form the body does not use. */
function symbolOf(item: string, body: Body): { symbol: string; organ: Organ } | null {
  const council = /^(\d{1,4}) \((\d{4})\)$/.exec(item);
  if (council)
    return body === 'Security Council' || body === null
      ? { symbol: `S/RES/${council[1]} (${council[2]})`, organ: 'Security Council' }
      : null;
  if (body === 'General Assembly' || body === null)
    return { symbol: `A/RES/${item}`, organ: 'General Assembly' };
  if (body === 'Human Rights Council') return { symbol: `A/HRC/RES/${item}`, organ: body };
  return null;
}

/** Every resolution a text cites by number that has a UN symbol, in order. */
export function citedResolutions(text: string): CitedResolution[] {
  const out: CitedResolution[] = [];
  for (const m of text.matchAll(LIST)) {
    const at = m.index;
    const end = at + m[0].length;
    const before = text.slice(Math.max(0, at - 200), at) + (m[1] ?? '');
    const body = bodyOf(before, text.slice(end, end + 120));
    let first = true;
    for (const item of (m[2] as string).matchAll(EACH)) {
      const found = symbolOf(item[0], body);
      if (found) {
        out.push({
          symbol: found.symbol,
          description: `${found.organ} resolution ${item[0]}`,
          asPrinted: first
            ? m[0].slice(0, m[0].length - (m[2] as string).length) + item[0]
            : item[0],
        });
      }
      first = false;
    }
  }
  return out;
}
