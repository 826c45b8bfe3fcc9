import type { APIRoute } from 'astro';
import { buildSymbolIndex } from '../lib/symbol-index';

/** The exact-symbol index the Find a UN symbol page loads. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildSymbolIndex()), {
    headers: { 'Content-Type': 'application/json' },
  });
