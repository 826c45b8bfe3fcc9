import { fromShipped } from './internal/cite/from-shipped.js';
import { type Citation, type CiteOptions, resolveRequest } from './internal/cite/request.js';
import { shippedOrder } from './internal/cite/shipped.js';
import type { DocumentRecord } from './schema.js';

export {
  BUILTIN_STYLE_NAMES as CITATION_STYLES,
  type BuiltinStyleName,
} from './internal/cite/builtin.js';
export type { Pinpoint } from './internal/cite/pinpoint.js';
export {
  CITE_FORMATS,
  CITE_MODES,
  type CiteFormat,
  type CiteMode,
} from './internal/cite/registry.js';
export type { Citation, CiteOptions } from './internal/cite/request.js';

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
  return fromShipped(resolveRequest(recordOrId, options));
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
  const order = shippedOrder(style);
  if (!order || !citations.every((c) => order.includes(c.id))) return undefined;
  return [...citations].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}
