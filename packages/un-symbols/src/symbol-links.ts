import { parseSymbol, type SymbolInfo, symbolMembers } from './parse-symbol.js';

/**
 * The stable link to a document on undocs.org, optionally in one official language
 * (`ar`, `zh`, `en`, `fr`, `ru`, `es`). A double symbol links by its first member.
 */
export function symbolUrl(
  text: string,
  options: { lang?: 'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es' } = {},
): string {
  const first = (symbolMembers(parseSymbol(text))[0] as SymbolInfo).normalized;
  return `https://undocs.org/${options.lang ? `${options.lang}/` : ''}${encodeURI(first)}`;
}

/** The UN Digital Library search for a symbol (every member of a double symbol). */
export function digitalLibraryUrl(text: string): string {
  const query = symbolMembers(parseSymbol(text))
    .map((m) => `"${m.normalized}"`)
    .join(' OR ');
  return `https://digitallibrary.un.org/search?ln=en&p=${encodeURIComponent(query)}`;
}
