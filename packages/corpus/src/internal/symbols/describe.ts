import type { SymbolComponent } from './components.js';
import { BODIES, BODY_NAMES, DOCUMENT_TYPES, MODIFIERS, ROOTS } from './vocabulary.js';

const ordinal = (n: number) => {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13
      ? 'th'
      : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
};

/** A person-readable sentence for one symbol's parts. */
export function describeParts(
  root: string | null,
  components: readonly SymbolComponent[],
  parenthetical: string | null,
  reissued: boolean,
  part: string | null = null,
  resumption: number | null = null,
): string {
  const out: string[] = [
    root === null ? 'General Assembly' : (ROOTS[root] ?? `${root} (a series root not known here)`),
  ];
  let path = root ?? 'A';
  for (const c of components) {
    switch (c.kind) {
      case 'body': {
        path += `/${c.value}${c.number ? `.${c.number}` : ''}`;
        const name = BODY_NAMES[path];
        const generic = `${BODIES[c.value.toUpperCase()] ?? c.value}${c.number ? ` ${c.number}` : ''}`;
        out.push(name ? `${name} (${c.value}${c.number ? `.${c.number}` : ''})` : generic);
        break;
      }
      case 'session':
        out.push(
          c.sessionType === 'regular'
            ? `${ordinal(c.number)} session`
            : `${ordinal(c.number)} ${c.sessionType === 'special' ? 'special' : 'emergency special'} session`,
        );
        break;
      case 'year':
        out.push(String(c.value));
        break;
      case 'code':
        out.push(`series ${c.value}`);
        break;
      case 'type':
        out.push(`${DOCUMENT_TYPES[c.value] ?? c.value}${c.number ? ` ${c.number}` : ''}`);
        break;
      case 'number': {
        const typed =
          components.some((x) => x.kind === 'type' && (x.value === 'RES' || x.value === 'DEC')) ||
          root === null;
        out.push(
          `${typed ? 'number' : 'document'} ${c.value}${c.through === null ? '' : `-${c.through}`}${parenthetical ? ` (${parenthetical})` : ''}`,
        );
        if (root === null) out.splice(1, 0, 'resolution');
        break;
      }
      case 'modifier':
        out.push(`${MODIFIERS[c.value.toUpperCase()]}${c.number === null ? '' : ` ${c.number}`}`);
        break;
    }
  }
  if (part) out.push(part.includes('-') ? `parts ${part.replace('-', ' to ')}` : `part ${part}`);
  if (resumption !== null) out.push(`resumption ${resumption}`);
  return `${out.join(', ')}${reissued ? ' (reissued)' : ''}`;
}
