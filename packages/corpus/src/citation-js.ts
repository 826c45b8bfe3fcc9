import { logger, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { safeParseSymbol, symbolMembers, symbolUrl } from '@black-january/un-symbols';
import { findBySymbol, getDocument } from './bundled.js';
import type { Issue } from './errors.js';
import { type CslItem, organFields, toCSL } from './internal/cite/csl.js';
import { builtinTemplate, ensureBuiltinStyles } from './internal/cite/engine.js';
import { CITATION_STYLES } from './vocabulary.js';

/** The CSL-JSON for a corpus id or a UN symbol, and what could not be found. */
export interface Resolved {
  items: Array<CslItem | MinimalItem>;
  warnings: Issue[];
}

/** What a symbol alone says about a document outside the corpus. */
export interface MinimalItem {
  id: string;
  type: 'report';
  author: Array<{ literal: string }>;
  authority: string;
  division: string;
  publisher: 'United Nations';
  number: string;
  URL: string;
}

/**
 * Resolves a corpus id (`2020-01-17-letter`) or a UN document symbol offline: the corpus
 * records that carry the symbol, or for a symbol outside the corpus a minimal item built from the
 * parsed symbol (organs, number, link; no title, no date), with a warning saying so. Returns no
 * items for text that is neither.
 */
export function resolveForCitationJs(input: string): Resolved {
  const text = input.trim();
  const record = getDocument(text);
  if (record) return { items: [toCSL(record)], warnings: [] };
  const parsed = safeParseSymbol(text);
  if (!parsed.ok)
    return {
      items: [],
      warnings: [
        {
          code: 'not-found',
          message: `'${text}' is neither a corpus id nor a UN document symbol`,
          path: [],
        },
      ],
    };
  const carried = findBySymbol(parsed.symbol.normalized)?.documents ?? [];
  if (carried.length > 0) return { items: carried.map(toCSL), warnings: [] };
  const organs = [
    ...new Set(symbolMembers(parsed.symbol).map((m) => m.organ ?? `${m.root} series`)),
  ];
  return {
    items: [
      {
        id: parsed.symbol.normalized,
        type: 'report',
        ...organFields(organs),
        publisher: 'United Nations',
        number: parsed.symbol.normalized,
        URL: symbolUrl(parsed.symbol.normalized),
      },
    ],
    warnings: [
      {
        code: 'outside-corpus',
        message: `${parsed.symbol.normalized} is not in the Black January corpus: a minimal record from the symbol (no title, no date)`,
        path: [],
      },
    ],
  };
}

const looksLikeInput = (s: string) => {
  const t = s.trim();
  return Boolean(getDocument(t)) || (/^[A-Z]{1,6}\//i.test(t) && safeParseSymbol(t).ok);
};

plugins.add('@black-january', {
  input: {
    '@black-january/id-or-symbol': {
      parseType: { dataType: 'String', predicate: looksLikeInput },
      parse(input: string) {
        const { items, warnings } = resolveForCitationJs(input);
        for (const w of warnings) logger.warn('[@black-january/corpus]', w.message);
        return items;
      },
    },
  },
});
ensureBuiltinStyles();

/** The citation-js template names of the built-in styles: `black-january/un`, `black-january/oscola`, …. */
export const CITATION_JS_TEMPLATES = Object.fromEntries(
  CITATION_STYLES.map((n) => [n, builtinTemplate(n)]),
) as Record<(typeof CITATION_STYLES)[number], string>;
