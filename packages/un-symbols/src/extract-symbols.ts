export {
  type ExtractedSymbol,
  type ExtractOptions,
  extractSymbols,
} from './internal/extract.js';
