/** Agenda item numbers as printed: "32, 37, 75 and 83", "3 (b)", "68 and 132". */
export function agendaNumbers(text: string): string[] {
  return [...text.matchAll(/\b(\d{1,3})(?:\s*\(([a-z])\))?/g)].map((m) =>
    m[2] ? `${m[1]} (${m[2]})` : (m[1] as string),
  );
}

const FUNCTION_WORDS = new Set([
  'of',
  'the',
  'and',
  'in',
  'for',
  'on',
  'to',
  'a',
  'an',
  'at',
  'by',
  'with',
  'against',
  'from',
  'its',
  'their',
]);

/**
 * Split agenda titles that run together on one line into `n` titles, in order. A title starts
 * with a capital after a word that is not a function word ("…development The situation…"); when
 * the candidates are not exactly n - 1, the split is ambiguous and null is returned.
 */
export function splitRunOnTitles(text: string, n: number): string[] | null {
  if (n <= 1) return [text];
  const words = text.split(' ');
  const starts: number[] = [];
  for (let i = 1; i < words.length; i++) {
    const prev = words[i - 1] as string;
    const word = words[i] as string;
    if (
      /^[A-Z][a-z]/.test(word) &&
      /[a-z]$/.test(prev) &&
      !FUNCTION_WORDS.has(prev.toLowerCase()) &&
      !/^[A-Z]/.test(prev)
    ) {
      starts.push(i);
    }
  }
  if (starts.length !== n - 1) {
    const strong = starts.filter((i) =>
      /^(The|Promotion|Prevention|Responsibility|Report|Question|Elimination|Strengthening|Protection|Crimes|Situation|Implementation|Maintenance|Measures|Human|Sustainable|Social|Advancement|Cooperation|Comprehensive|Follow-up|Revitalization|Agriculture|Culture|International|United|Permanent|Zone|Right|Rights|Status|Prohibition|Admission|Elections|Appointment)$/.test(
        words[i] as string,
      ),
    );
    if (strong.length !== n - 1) return null;
    starts.splice(0, starts.length, ...strong);
  }
  const bounds = [0, ...starts, words.length];
  return bounds.slice(0, -1).map((start, i) => words.slice(start, bounds[i + 1]).join(' '));
}
