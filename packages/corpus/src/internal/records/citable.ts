import { documents, getDocument } from '../../bundled.js';
import type { CitableCorpus } from '../cite/request.js';
import type { ShippedTable } from '../cite/shipped.js';
import shipped from './shipped-citations.json';

/**
 * The bundled corpus as the citation code takes it: records by id, and the citations rendered
 * for them at build time (`scripts/generate-shipped.mjs` writes the table).
 */
export const BUNDLED_CORPUS: CitableCorpus = {
  get: getDocument,
  ids: documents.map((d) => d.id),
  shipped: shipped as unknown as ShippedTable,
};
