import { ordinal } from '../ordinal.js';
import { fromRoman } from '../roman.js';
import { stateOfCode } from '../states.js';
import { formatComponent, type SymbolComponent } from './components.js';
import type { SymbolParts } from './parse.js';
import { BODIES, BODY_NAMES, DOCUMENT_TYPES, MODIFIERS, ROOTS } from './vocabulary.js';

/** One labelled part of a symbol, in words: `{ label: 'session', value: '74th session' }`. */
export interface SymbolPartReading {
  label: string;
  value: string;
}
/** A reading, and what it adds to the one-line description (null: nothing). */
interface Reading extends SymbolPartReading {
  phrase: string | null;
}

// Series whose symbols name the State reporting (`CRC/C/AZE/CO/5-6`, `A/HRC/WG.6/…`).
const TREATY_BODIES = new Set(['CRC', 'CCPR', 'CERD', 'CEDAW', 'CAT', 'CMW', 'CRPD', 'CED']);
const BY_STATE = new Set(['E/C.12', 'A/HRC/WG.6']);

const sessionWords = (type: 'regular' | 'special' | 'emergency-special', n: number) =>
  `${ordinal(n)} ${type === 'regular' ? '' : type === 'special' ? 'special ' : 'emergency special '}session`;

/** "(V)", "(S-VII)", "(ES-X)" or "(1994)" after an old resolution's number, in words. */
function parentheticalReading(text: string): SymbolPartReading {
  if (/^[0-9]{4}$/.test(text)) return { label: 'year', value: text };
  const m = /^(?:(S|ES)-)?([IVXLC]+)$/i.exec(text);
  const n = m ? fromRoman(m[2] as string) : null;
  if (!m || n === null) return { label: 'session', value: text };
  const type = !m[1] ? 'regular' : m[1].toUpperCase() === 'S' ? 'special' : 'emergency-special';
  return { label: 'session', value: `${sessionWords(type, n)} (${text})` };
}

const reportWords = (c: Extract<SymbolComponent, { kind: 'number' }>) =>
  c.through === null
    ? `report ${c.value}`
    : `reports ${c.value} ${c.through === c.value + 1 ? 'and' : 'to'} ${c.through}`;

/** Every part of one symbol in words, in order. */
function read(parts: SymbolParts): Reading[] {
  const { root, components, parenthetical, part, resumption } = parts;
  const out: Reading[] = [];
  const rootName = root === null ? 'General Assembly' : ROOTS[root];
  out.push({
    label: 'series',
    value:
      root === null
        ? 'General Assembly (no series printed)'
        : `${rootName ?? 'a series not known here'} (${root})`,
    phrase: rootName ?? `${root} (a series root not known here)`,
  });
  if (root === null) out.push({ label: 'type', value: 'resolution', phrase: 'resolution' });
  let path = root ?? 'A';
  const byState = () => TREATY_BODIES.has(root ?? '') || BY_STATE.has(path);
  for (const [i, c] of components.entries()) {
    const printed = formatComponent(c);
    switch (c.kind) {
      case 'body': {
        path += `/${printed}`;
        const name = BODY_NAMES[path];
        const generic = `${BODIES[c.value.toUpperCase()] ?? c.value}${c.number ? ` ${c.number}` : ''}`;
        out.push({
          label: 'body',
          value: `${name ?? generic} (${printed})`,
          phrase: name ? `${name} (${printed})` : generic,
        });
        break;
      }
      case 'session': {
        const words = sessionWords(c.sessionType, c.number);
        out.push({ label: 'session', value: words, phrase: words });
        break;
      }
      case 'year':
        out.push({ label: 'year', value: printed, phrase: printed });
        break;
      case 'code': {
        const state = byState() ? stateOfCode(c.value) : null;
        if (state) out.push({ label: 'country', value: `${state} (${c.value})`, phrase: state });
        else if (i === 0 && c.value === 'C' && TREATY_BODIES.has(root ?? ''))
          out.push({ label: 'series', value: 'documents of the committee (C)', phrase: null });
        else out.push({ label: 'series', value: c.value, phrase: `series ${c.value}` });
        break;
      }
      case 'type': {
        const name = DOCUMENT_TYPES[c.value] ?? c.value;
        out.push({
          label: 'type',
          value: `${name} (${c.value})`,
          phrase: `${name}${c.number ? ` ${c.number}` : ''}`,
        });
        if (c.number !== null) out.push({ label: 'number', value: String(c.number), phrase: null });
        break;
      }
      case 'number': {
        const previous = components[i - 1];
        const last = out.at(-1) as Reading;
        if (
          byState() &&
          previous?.kind === 'type' &&
          previous.value === 'CO' &&
          previous.number === null
        ) {
          last.phrase = `${last.phrase} on ${reportWords(c)}`;
          out.push({
            label: 'reports',
            value: reportWords(c).replace(/^reports? /, ''),
            phrase: null,
          });
          break;
        }
        const typed =
          components.some((x) => x.kind === 'type' && (x.value === 'RES' || x.value === 'DEC')) ||
          root === null;
        out.push({
          label: typed ? 'number' : 'document',
          value: printed,
          phrase: `${typed ? 'number' : 'document'} ${printed}${parenthetical ? ` (${parenthetical})` : ''}`,
        });
        if (parenthetical) out.push({ ...parentheticalReading(parenthetical), phrase: null });
        break;
      }
      case 'modifier': {
        const words = `${MODIFIERS[c.value.toUpperCase()]}${c.number === null ? '' : ` ${c.number}`}`;
        out.push({ label: 'modifier', value: `${words} (${printed})`, phrase: words });
        break;
      }
    }
  }
  if (part) {
    const words = part.includes('-') ? `parts ${part.replace('-', ' to ')}` : `part ${part}`;
    out.push({ label: 'part', value: words.replace(/^parts? /, ''), phrase: words });
  }
  if (resumption !== null)
    out.push({
      label: 'resumption',
      value: String(resumption),
      phrase: `resumption ${resumption}`,
    });
  if (parts.reissued)
    out.push({ label: 'reissued', value: 'yes (the * after the symbol)', phrase: null });
  return out;
}

/** A person-readable sentence for one symbol's parts. */
export function describeParts(parts: SymbolParts): string {
  const phrases = read(parts).flatMap((r) => (r.phrase === null ? [] : [r.phrase]));
  return `${phrases.join(', ')}${parts.reissued ? ' (reissued)' : ''}`;
}

/** One symbol's parts as labelled rows in words, for a table. */
export function readParts(parts: SymbolParts): SymbolPartReading[] {
  return read(parts).map(({ label, value }) => ({ label, value }));
}
