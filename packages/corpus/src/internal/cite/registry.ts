import { CiteError } from '../../errors.js';
import {
  CITATION_STYLES,
  CITE_FORMATS,
  CITE_MODES,
  type CiteFormat,
  type CiteMode,
} from '../../vocabulary.js';
import { closest } from '../text/suggest.js';
import { BUILTIN_STYLES, type BuiltinStyle, type Layout } from './builtin.js';

export { CITE_FORMATS, CITE_MODES, type CiteFormat, type CiteMode };

/** A style known to the package: one of the built-ins or one registered with `registerStyle`. */
export interface StyleEntry {
  name: string;
  title: string;
  template: string;
  modes: Readonly<Partial<Record<CiteMode, Layout>>>;
  builtin?: BuiltinStyle;
  locale: string;
}

const user = new Map<string, StyleEntry>();

export const isBuiltin = (name: string): name is keyof typeof BUILTIN_STYLES =>
  Object.hasOwn(BUILTIN_STYLES, name);

export function styleNames(): string[] {
  return [...CITATION_STYLES, ...user.keys()];
}

/** The style registered under this name. @throws CiteError `unknown-style`, with the names there are. */
export function resolveStyle(name: string): StyleEntry {
  if (isBuiltin(name)) {
    const builtin: BuiltinStyle = BUILTIN_STYLES[name];
    return {
      name,
      title: builtin.title,
      template: `black-january/${name}`,
      modes: builtin.modes,
      builtin,
      locale: 'en',
    };
  }
  const entry = user.get(name);
  if (entry) return entry;
  const names = styleNames();
  const near = closest(name, names);
  throw new CiteError(
    `unknown style '${name}'${near ? `: did you mean ${near}?` : ''}; choose one of ${names.join(', ')}, or register a CSL style`,
    'unknown-style',
  );
}

/** The mode asked for, or the style's first; @throws CiteError `unsupported-mode` for a mode the style has no layout for. */
export function resolveMode(style: StyleEntry, mode: CiteMode | undefined): [CiteMode, Layout] {
  const modes = Object.keys(style.modes) as CiteMode[];
  const chosen = mode ?? (modes[0] as CiteMode);
  // Own keys only: `constructor` or `__proto__` must not find Object.prototype's members.
  const layout = Object.hasOwn(style.modes, chosen) ? style.modes[chosen] : undefined;
  if (!layout || typeof chosen !== 'string')
    throw new CiteError(
      CITE_MODES.includes(chosen)
        ? `style '${style.name}' has no ${chosen} form; use ${modes.join(' or ')}`
        : `unknown mode '${String(chosen)}'; choose one of ${modes.join(', ')}`,
      'unsupported-mode',
    );
  return [chosen, layout];
}

/** Adds a user style to the registry (the caller has already compiled it). */
export function addUserStyle(entry: StyleEntry): void {
  user.set(entry.name, entry);
}
