import type { AgendaItem, Evidence } from '../../schema-metadata.js';
import { agendaNumbers, fitTitles } from './agenda.js';
import { ordinalWord } from './dates.js';
import { evidenceOf } from './evidence.js';
import type { Line } from './lines.js';
import type { MastheadToken } from './masthead-fact-at.js';
import { atLine, type Warning } from './warnings.js';

/**
 * The title lines under one agenda head: the words (and dates) that follow it up to the next
 * masthead fact, one entry per input line; a footnote mark line (`*`) is not a title.
 */
function titleLines(
  tokens: readonly MastheadToken[],
  from: number,
): Array<{ line: Line; text: string }> {
  const lines: Array<{ line: Line; text: string }> = [];
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i] as MastheadToken;
    if (t.kind === 'footnote') continue;
    if (t.kind !== 'words' && t.kind !== 'date') break;
    // "Agenda item 34: Protracted conflicts …": the separator after the number is not the title's.
    const text = lines.length === 0 ? t.text.replace(/^[:–—-]\s*/, '') : t.text;
    if (text === '') continue;
    const last = lines.at(-1);
    if (last && last.line.n === t.line.n) last.text += ` ${text}`;
    else lines.push({ line: t.line, text });
  }
  return lines;
}

/**
 * Agenda items: each head's numbers ("Agenda items 34, 71 and 135", "Item 68 of the preliminary
 * list*") with the titles printed under or after it, matched in order. Titles that cannot be
 * matched to the numbers are left empty, with a warning.
 */
export function readAgenda(
  tokens: readonly MastheadToken[],
  session: number | null,
  councilYear: number | null,
  warnings: Warning[],
): { items: AgendaItem[]; evidence: Evidence[] } {
  const items: AgendaItem[] = [];
  const evidence: Evidence[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'agenda') return;
    const owned = t.owner === 'other' ? ownerOf(tokens, i, councilYear) : undefined;
    if (t.owner === 'other' && owned === undefined) {
      warnings.push({
        code: 'agenda-not-general-assembly',
        message: `agenda of another body than the General Assembly and the two Councils ("${t.text}"): not recorded`,
        path: atLine(t.line.n),
      });
      return;
    }
    const head = t;
    const numbers = agendaNumbers(head.numbers);
    const lines = titleLines(tokens, i + 1);
    const titles = titleEach(
      lines.map((l) => l.text),
      lines.map((l, j) => j > 0 && l.line.n - (lines[j - 1] as { line: Line }).line.n > 1),
      numbers,
    );
    evidence.push(...evidenceOf(head.line, head.text));
    for (const l of lines) evidence.push(...evidenceOf(l.line, l.text));
    if (lines.length > 0 && !titles)
      warnings.push({
        code: lines.length < numbers.length ? 'agenda-titles-fewer' : 'agenda-titles-unmatched',
        message: `agenda titles could not be matched to the ${numbers.length} item numbers; titles left empty`,
        path: atLine(head.line.n),
      });
    const untitled = titles ? numbers.filter((_, j) => titles[j] === null) : [];
    if (lines.length > 0 && untitled.length > 0)
      warnings.push({
        code: 'agenda-title-shared',
        message: `one title is printed for sub-items ${untitled.join(', ')}; their titles left empty`,
        path: atLine(head.line.n),
      });
    for (const [j, number] of numbers.entries())
      addItem(items, {
        organ: owned?.organ ?? 'General Assembly',
        session: owned ? owned.session : session,
        number,
        title: titles?.[j] ?? null,
        ...(head.list === 'agenda' ? {} : { list: head.list }),
      });
  });
  return { items, evidence };
}

const COUNCIL = /(?:^|\s|[a-z])Human ?Rights ?Council$/;
type Owned = { organ: AgendaItem['organ']; session: number | null };

/**
 * Whose agenda head `at` is when a body other than the Assembly owns it: the Human Rights
 * Council's (with the session printed under it), the Economic and Social Council's (with the year
 * its session is named for); undefined for any other body.
 */
function ownerOf(
  tokens: readonly MastheadToken[],
  at: number,
  councilYear: number | null,
): Owned | undefined {
  let session: number | null = null;
  for (let i = at - 1; i >= 0; i--) {
    const t = tokens[i] as MastheadToken;
    if (t.kind === 'period' && t.owner === 'other' && session === null)
      session = ordinalWord(t.ordinal);
    if (t.kind === 'organ' && t.organ === 'Economic and Social Council')
      return { organ: t.organ, session: councilYear };
    if (t.kind === 'organ' && t.organ !== 'Security Council') return undefined;
    if ((t.kind === 'body' || t.kind === 'words') && COUNCIL.test(t.text))
      return { organ: 'Human Rights Council', session };
    if (t.kind === 'body') return undefined;
  }
  return undefined;
}

/**
 * A title for each number; sub-items of one item ("74 (b) and (c)") may share one title printed
 * for both, which is theirs together: they are left without one, and the other items keep theirs.
 */
function titleEach(
  lines: readonly string[],
  blankAbove: readonly boolean[],
  numbers: readonly string[],
): Array<string | null> | null {
  const own = fitTitles(lines, numbers.length, blankAbove);
  if (own) return own;
  const item = (n: string) => n.replace(/ \(.*/, '');
  const groups = numbers.filter((n, i) => i === 0 || item(n) !== item(numbers[i - 1] as string));
  if (groups.length === numbers.length) return null;
  const shared = fitTitles(lines, groups.length, blankAbove);
  if (!shared) return null;
  return numbers.map((n) => {
    const at = groups.findIndex((g) => item(g) === item(n));
    return numbers.filter((m) => item(m) === item(n)).length > 1 ? null : (shared[at] ?? null);
  });
}

/**
 * An item once, however often it is printed (a page title or a repeated masthead above the
 * document's own): the first, or a later one that has the title the first lacks.
 */
function addItem(items: AgendaItem[], item: AgendaItem): void {
  const at = items.findIndex(
    (x) =>
      x.organ === item.organ &&
      x.number === item.number &&
      x.session === item.session &&
      x.list === item.list,
  );
  if (at === -1) items.push(item);
  else if (items[at]?.title === null && item.title !== null) items[at] = item;
}
