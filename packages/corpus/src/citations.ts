import { CiteError } from './errors.js';
import { fromShipped } from './internal/cite/from-shipped.js';
import { type Citation, type CiteOptions, resolveRequest } from './internal/cite/request.js';
import { shippedOrder } from './internal/cite/shipped.js';
import { BUNDLED_CORPUS } from './internal/records/citable.js';
import type { DocumentRecord } from './schema.js';
import { CITATION_STYLES } from './vocabulary.js';

export type { Pinpoint } from './internal/cite/pinpoint.js';
export type { Citation, CiteOptions } from './internal/cite/request.js';
export {
  type BuiltinStyleName,
  CITATION_STYLES,
  CITE_FORMATS,
  CITE_MODES,
  type CiteFormat,
  type CiteMode,
} from './vocabulary.js';

/**
 * A citation of a corpus record in a built-in style, from the citations rendered when the package
 * was built: no citation engine is loaded, so this entry stays light (for CLIs and pages).
 * Returns `undefined` for a record outside the corpus, a registered style, or a pinpoint whose
 * form was not rendered ahead (a range of sections, which takes a plural term): use `cite` from
 * `@black-january/corpus/cite` for those.
 * @throws CiteError for an unknown document, style, mode or format, or a pinpoint the record does not have.
 */
export function shippedCitation(
  recordOrId: DocumentRecord | string,
  options: CiteOptions,
): Citation | undefined {
  return fromShipped(resolveRequest(recordOrId, options, BUNDLED_CORPUS));
}

/**
 * Citations of corpus records in the order a built-in style sorts its bibliography (recorded
 * when the citations were rendered), without loading an engine; `undefined` when a citation is
 * not of a corpus record or the style is not built in.
 */
export function inBibliographyOrder<T extends { id: string }>(
  citations: readonly T[],
  style: string,
): T[] | undefined {
  const order = shippedOrder(BUNDLED_CORPUS.shipped, style);
  if (!order || !citations.every((c) => order.includes(c.id))) return undefined;
  return [...citations].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

/** What `citeEach` needs of `@black-january/corpus/cite` to render what was not shipped. */
export interface LiveCitations {
  cite(recordOrId: DocumentRecord | string, options: CiteOptions): Citation;
  bibliography(
    records: ReadonlyArray<DocumentRecord | string>,
    options: CiteOptions,
  ): { entries: ReadonlyArray<{ id: string }> };
}

/**
 * Citations of corpus ids or records in one style: each from the shipped table when there is
 * one (no citation engine is loaded), else rendered live by `@black-january/corpus/cite`, which
 * `live` loads only then (a record of your own, a registered style, a range of sections). This
 * entry never imports the engine itself, so that bundles of it stay engine-free: pass
 * `live: () => import('@black-january/corpus/cite')`. With `sorted`, in the style's bibliography
 * order, as `bibliography` sorts its entries.
 * @throws CiteError as `cite` does, and `engine-not-loaded` when a citation needs `live` and
 * none was given.
 */
export async function citeEach(
  items: ReadonlyArray<DocumentRecord | string>,
  options: CiteOptions & { sorted?: boolean; live?: () => Promise<LiveCitations> },
): Promise<Citation[]> {
  const { sorted = false, live, ...request } = options;
  const builtin = (CITATION_STYLES as readonly string[]).includes(request.style);
  const engine = async () => {
    if (!live)
      throw new CiteError(
        `style '${request.style}' needs the citation engine for this: pass live: () => import('@black-january/corpus/cite')`,
        'engine-not-loaded',
      );
    return live();
  };
  const citations: Citation[] = [];
  // Without `live`, the shipped lookup also checks the request (an unknown style, mode or
  // document is refused as such, not as a missing engine).
  for (const item of items)
    citations.push(
      (builtin || !live ? shippedCitation(item, request) : undefined) ??
        (await engine()).cite(item, request),
    );
  if (!sorted || citations[0]?.mode !== 'bibliography') return citations;
  const shipped = builtin ? inBibliographyOrder(citations, request.style) : undefined;
  if (shipped) return shipped;
  const order = (await engine()).bibliography(items, request).entries.map((e) => e.id);
  return citations.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}
