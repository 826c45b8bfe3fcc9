/**
 * Agenda item numbers as printed: "32, 37, 75 and 83", "3 (b)", "68 and 132"; sub-items after
 * one number are items of their own ("68 (b) and (c)": 68 (b), 68 (c)).
 */
export function agendaNumbers(text: string): string[] {
  let item = '';
  return [...text.matchAll(/\b(\d{1,3})(?:\s*\(([a-z])\))?|\(([a-z])\)/g)].map((m) => {
    if (m[3]) return `${item} (${m[3]})`;
    item = m[1] as string;
    return m[2] ? `${item} (${m[2]})` : item;
  });
}

const FUNCTION_WORDS = new Set(
  'of the and in for on to a an at by with against from its their or as into under between'.split(
    ' ',
  ),
);
/** Words a line of its own may end with only when the title goes on below it. */
const JOINER =
  /(?:\b(?:of|the|and|in|for|on|to|a|an|at|by|with|against|from|its|their|or)|[,:;-])$/i;

/**
 * First words of General Assembly agenda item titles: a capitalised one of these after a word that
 * is not a function word starts a new title, even after a proper noun ("…Middle East Conclusion of
 * effective…"). Taken from the Assembly's recurring item titles.
 */
const STARTERS = new Set(
  `The Report Reports Question Prevention Promotion Protection Elimination Establishment Conclusion
  General Prohibition Implementation Strengthening Situation Right Rights Measures Maintenance
  Election Elections Appointment Appointments Admission Financing Scale Programme Review Development
  Follow-up Comprehensive Crime Crimes Human Responsibility Cooperation Revitalization Zone Culture
  Sustainable Social Advancement Eradication Assistance Effects Use Consideration Commemoration
  Oceans Towards Nuclear Reduction Role Declaration Credentials Improving Return Restitution Science
  Globalization Macroeconomic Information Agriculture Status Permanent International Observer
  Convention Problems Missiles Decolonization Relationship Request Holding Proposed
  Administrative Pattern Joint Action Global Groups Necessity Countering Combating Upholding`.split(
    /\s+/,
  ),
);

const capitalised = (w: string) => /^[A-Z][a-z]/.test(w);

/**
 * Split agenda titles that run together into `n` titles, in order. A title starts with a capital
 * after a word that is not a function word ("…development The situation…"); when those are not
 * exactly n - 1, the recurring first words of item titles decide. Ambiguous: null.
 */
export function splitRunOnTitles(text: string, n: number): string[] | null {
  if (n <= 1) return [text];
  const words = text.split(' ');
  const weak: number[] = [];
  const strong: number[] = [];
  for (let i = 1; i < words.length; i++) {
    const prev = words[i - 1] as string;
    const word = words[i] as string;
    if (!capitalised(word) || FUNCTION_WORDS.has(prev.toLowerCase()) || /[-:,]$/.test(prev))
      continue;
    if (/[a-z]$/.test(prev) && !/^[A-Z]/.test(prev)) weak.push(i);
    if (STARTERS.has(word)) strong.push(i);
  }
  const starts =
    weak.length === n - 1
      ? weak
      : strong.length === n - 1
        ? strong
        : weak.filter((i) => strong.includes(i)).length === n - 1
          ? weak.filter((i) => strong.includes(i))
          : null;
  if (!starts) return null;
  const bounds = [0, ...starts, words.length];
  return bounds.slice(0, -1).map((start, i) => words.slice(start, bounds[i + 1]).join(' '));
}

/**
 * Fit the title lines under an agenda head to its `n` numbers: one line per item, or wrapped
 * lines re-joined (a line that starts in lower case, or follows one ending in "of", "and", a
 * comma…), or titles that run together on one line split. Null when they cannot be matched.
 */
export function fitTitles(lines: readonly string[], n: number): string[] | null {
  if (lines.length === 0) return null;
  const merged: string[] = [];
  for (const line of lines) {
    const last = merged.at(-1);
    if (last !== undefined && (/^[a-z(]/.test(line) || JOINER.test(last)))
      merged[merged.length - 1] = /[a-z]-$/.test(last) ? `${last}${line}` : `${last} ${line}`;
    else merged.push(line);
  }
  if (merged.length === n) return merged;
  if (lines.length === n) return [...lines];
  return splitRunOnTitles(merged.join(' '), n);
}
