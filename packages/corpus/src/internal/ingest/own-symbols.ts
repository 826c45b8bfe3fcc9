import type { Provenance } from '../../schema.js';
import type { Evidence } from '../../schema-metadata.js';
import { curated, notFound } from '../records/provenance.js';
import { symbolsOnly } from './block-shapes.js';
import type { Line } from './lines.js';
import { atLine, type Warning } from './warnings.js';

/** A web page's title line ends with the document's symbol: "… Secretary-General (A/74/676–S/2020/70)". */
const TITLE_SYMBOL = /\(([^()]{3,80})\)\s*$/;

/** The symbols in parentheses that end a title line, when nothing else is in them. */
const titleSymbols = (title: string) => symbolsOnly(TITLE_SYMBOL.exec(title)?.[1] ?? '') ?? [];

/**
 * The document's own symbols: the masthead's; else those its running headers repeat; else, on a
 * web page's copy with no masthead symbol, those its title line ends with. Each of the last two is
 * curated, with a warning; none at all is a warning too.
 */
export function ownSymbols(
  masthead: { symbols: string[]; symbolEvidence: Evidence[] },
  headerSymbols: readonly string[],
  titleText: string,
  titleLine: Line | undefined,
  warnings: Warning[],
): { symbols: string[]; provenance: Provenance['symbols'] } {
  if (masthead.symbols.length > 0)
    return {
      symbols: masthead.symbols,
      provenance: { status: 'stated', evidence: masthead.symbolEvidence },
    };
  if (headerSymbols.length > 0) {
    warnings.push({
      code: 'symbol-only-in-running-header',
      message: `symbol ${headerSymbols.join(', ')} found only in a running header`,
      path: [],
    });
    return {
      symbols: [...headerSymbols],
      provenance: curated('The masthead prints no symbol; the running headers repeat this one.'),
    };
  }
  const inTitle = titleSymbols(titleText);
  if (inTitle.length > 0) {
    warnings.push({
      code: 'symbol-only-in-title',
      message: `symbol ${inTitle.join(', ')} found only after the title, as a web page prints it`,
      path: atLine(titleLine?.n ?? null),
    });
    return {
      symbols: inTitle,
      provenance: curated(
        'The text prints no masthead; its title line, as a web page prints it, ends with this symbol.',
      ),
    };
  }
  warnings.push({ code: 'no-symbol', message: 'the masthead prints no document symbol', path: [] });
  return { symbols: [], provenance: notFound() };
}
