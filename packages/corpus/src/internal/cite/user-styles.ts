import { CiteError } from '../../errors.js';
import type { Layout } from './builtin.js';
import { addLocale, addTemplate, hasLocale, renderCitation } from './engine.js';
import type { CiteMode } from './registry.js';
import { addUserStyle, isBuiltin } from './registry.js';

let counter = 0;
const NAME = /^[a-z0-9][a-z0-9._-]*$/i;
const attr = (xml: string, element: string, name: string) =>
  new RegExp(`<${element}\\b[^>]*\\s${name}="([^"]*)"`).exec(xml)?.[1];

/**
 * Registers a CSL 1.0 style under a name, for `cite` and `bibliography`. Its modes follow the
 * style: a note style gives `note`, an in-text style `in-text`, and a `<bibliography>` gives
 * `bibliography`. The style is compiled at once, so a broken style fails here, not at first use.
 * Re-registering a name replaces the style.
 * @throws CiteError `style-name-taken` for a built-in name, `invalid-style` for XML that is not a working CSL style.
 */
export function registerStyle(name: string, xml: string): void {
  if (!NAME.test(name))
    throw new CiteError(
      `style name '${name}' must be letters, digits, dots, hyphens or underscores`,
      'invalid-style',
    );
  if (isBuiltin(name))
    throw new CiteError(
      `'${name}' is a built-in style; register yours under another name`,
      'style-name-taken',
    );
  if (
    typeof xml !== 'string' ||
    !/<style\b[^>]*xmlns="http:\/\/purl\.org\/net\/xbiblio\/csl"/.test(xml)
  )
    throw new CiteError(
      `style '${name}' is not a CSL style (no <style xmlns="http://purl.org/net/xbiblio/csl">)`,
      'invalid-style',
    );
  const template = `user/${name}/${++counter}`;
  const locale = attr(xml, 'style', 'default-locale') ?? 'en-US';
  addTemplate(template, xml);
  try {
    renderCitation(
      { id: 'probe', type: 'report', title: 'Probe' } as { id: string },
      { id: 'probe' },
      template,
      'text',
    );
  } catch (error) {
    throw new CiteError(
      `style '${name}' does not compile: ${String((error as Error)?.message ?? error).split('\n')[0]}`,
      'invalid-style',
    );
  }
  const modes: Partial<Record<CiteMode, Layout>> = {
    [attr(xml, 'style', 'class') === 'note' ? 'note' : 'in-text']: 'citation',
  };
  if (/<bibliography\b/.test(xml)) modes.bibliography = 'bibliography';
  const title = /<info>[\s\S]*?<title>([^<]*)<\/title>/.exec(xml)?.[1]?.trim() ?? name;
  addUserStyle({ name, title, template, modes, locale });
}

/**
 * Registers a CSL locale (for instance `en-GB`) for the styles that ask for it. A style whose
 * locale is not registered is rendered with citeproc's `en-US` terms, and every citation says so
 * in a `locale-fallback` warning.
 * @throws CiteError `invalid-locale` for XML that is not a CSL locale of that language.
 */
export function registerLocale(lang: string, xml: string): void {
  const declared = attr(xml, 'locale', 'xml:lang');
  if (
    typeof xml !== 'string' ||
    !/<locale\b[^>]*xmlns="http:\/\/purl\.org\/net\/xbiblio\/csl"/.test(xml) ||
    !declared
  )
    throw new CiteError(
      `locale '${lang}' is not a CSL locale (no <locale xmlns=... xml:lang=...>)`,
      'invalid-locale',
    );
  if (declared !== lang)
    throw new CiteError(`the locale file is for '${declared}', not '${lang}'`, 'invalid-locale');
  addLocale(lang, xml);
}

/** Whether citeproc has this locale (citation-js ships en-US, de-DE, es-ES, fr-FR and nl-NL). */
export const localeAvailable = (lang: string) => lang === 'en-US' || hasLocale(lang);
