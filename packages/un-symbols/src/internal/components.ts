import { BODY_CASE, DOCUMENT_TYPES, MODIFIER_CASE, MODIFIERS } from './vocabulary.js';

/** One `/`-separated component of a symbol, classified. */
export type SymbolComponent =
  | { kind: 'root'; value: string }
  | { kind: 'body'; value: string; number: string | null }
  | { kind: 'session'; sessionType: 'regular' | 'special' | 'emergency-special'; number: number }
  | { kind: 'year'; value: number }
  | { kind: 'type'; value: string; number: number | null }
  | { kind: 'number'; value: number; through: number | null }
  | { kind: 'code'; value: string }
  | { kind: 'modifier'; value: string; number: number | null };

/** Why a component could not be read; `index` is 0-based among the components. */
export interface ComponentProblem {
  index: number;
  component: string;
  reason: string;
}

const BODY = /^(AC|C|CN|CONF|GC|PC|SC|SUB|WG|HRC)(?:\.([0-9]+|[IVXLC]+|[A-Z]))?$/i;
const TYPE = new RegExp(`^(${Object.keys(DOCUMENT_TYPES).join('|')})(?:\\.([0-9]{1,9}))?$`, 'i');
const MODIFIER = /^(ADD|REV|CORR|AMEND)\.([0-9]+)$|^(SUMMARY)$/i;
const SESSION = /^(S|ES)-([0-9]{1,2})$/i;
const NUMBER = /^[0-9]{1,9}(?:-[0-9]{1,9})?$/;
const CODE = /^[A-Z][A-Z0-9]{0,9}(?:\.[A-Z0-9]{1,6})?(?:\([0-9]{1,3}\))?$/i;

/**
 * Classify the components after the root. A number followed by more than modifiers is a session
 * (General Assembly, up to three digits) or a year (four digits); the last is the document number.
 */
export function classify(
  root: string,
  raw: readonly string[],
): { components: SymbolComponent[]; problem?: ComponentProblem } {
  const components: SymbolComponent[] = [];
  let sawModifier = false;
  let lastCore = raw.length - 1;
  while (lastCore > 0 && MODIFIER.test(raw[lastCore] as string)) lastCore--;
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i] as string;
    const index = i + 1;
    const isLast = i >= lastCore;
    const fail = (reason: string) => ({ components, problem: { index, component: token, reason } });
    if (token === '') return fail('empty component');
    const mod = MODIFIER.exec(token);
    if (mod) {
      const key = (mod[1] ?? mod[3] ?? '').toUpperCase();
      if (
        !components.some((c) => c.kind === 'number' || (c.kind === 'type' && c.number !== null))
      ) {
        return fail(`${MODIFIERS[key]} before any document number`);
      }
      components.push({
        kind: 'modifier',
        value: MODIFIER_CASE[key] as string,
        number: mod[2] ? Number(mod[2]) : null,
      });
      sawModifier = true;
      continue;
    }
    if (sawModifier)
      return fail('only modifiers (Add., Rev., Corr., Amend., Summary) may follow a modifier');
    const session = SESSION.exec(token);
    if (session && (root === 'A' || root === 'S' || root === 'E')) {
      const special = (session[1] as string).toUpperCase() === 'S';
      components.push({
        kind: 'session',
        sessionType: special ? 'special' : 'emergency-special',
        number: Number(session[2]),
      });
      continue;
    }
    if (NUMBER.test(token)) {
      const [n, through] = token.split('-').map(Number) as [number, number | undefined];
      const hasPeriod = components.some((c) => c.kind === 'session' || c.kind === 'year');
      if (!isLast && !hasPeriod && /^(19[4-9][0-9]|20[0-9]{2})$/.test(token)) {
        components.push({ kind: 'year', value: n });
      } else if (!isLast && !hasPeriod && root === 'A' && /^[0-9]{1,3}$/.test(token)) {
        if (n === 0) return fail('session number 0');
        components.push({ kind: 'session', sessionType: 'regular', number: n });
      } else components.push({ kind: 'number', value: n, through: through ?? null });
      continue;
    }
    const body = BODY.exec(token);
    const key = (body?.[1] ?? '').toUpperCase();
    if (body && (body[2] !== undefined || key === 'PC' || key === 'HRC')) {
      const value = BODY_CASE[key] ?? key;
      components.push({ kind: 'body', value, number: body[2] ? body[2].toUpperCase() : null });
      continue;
    }
    const type = TYPE.exec(token);
    if (type) {
      components.push({
        kind: 'type',
        value: (type[1] as string).toUpperCase(),
        number: type[2] ? Number(type[2]) : null,
      });
      continue;
    }
    if (CODE.test(token)) {
      components.push({ kind: 'code', value: token.toUpperCase() });
      continue;
    }
    return fail('not a symbol component (letters, digits and one "." or "-" expected)');
  }
  return { components };
}

/** A component in its standard spelling. */
export function formatComponent(c: SymbolComponent): string {
  switch (c.kind) {
    case 'root':
    case 'code':
      return c.value;
    case 'number':
      return c.through === null ? String(c.value) : `${c.value}-${c.through}`;
    case 'year':
      return String(c.value);
    case 'session':
      return c.sessionType === 'regular'
        ? String(c.number)
        : `${c.sessionType === 'special' ? 'S' : 'ES'}-${c.number}`;
    case 'body':
    case 'type':
      return c.number === null ? c.value : `${c.value}.${c.number}`;
    case 'modifier':
      return c.number === null ? c.value : `${c.value}.${c.number}`;
  }
}
