import { type Citation, citationOf, type ResolvedRequest } from './request.js';
import { shippedText } from './shipped.js';

/** The shipped text for a resolved request, when the record is a corpus record and the style built in. */
export function fromShipped(req: ResolvedRequest): Citation | undefined {
  if (!req.bundled || !req.style.builtin) return undefined;
  const text = shippedText(
    req.corpus.shipped,
    req.record.id,
    req.style.name,
    req.mode,
    req.format,
    req.plan.locator,
  );
  return text === undefined ? undefined : citationOf(req, text);
}
