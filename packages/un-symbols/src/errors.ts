/**
 * Thrown by `parseSymbol` (and the functions that parse: `normalizeSymbol`, `describeSymbol`,
 * `explainSymbol`, `symbolUrl`, `digitalLibraryUrl`) for text that is not a UN document symbol,
 * naming the component that is wrong. The only error this package throws.
 */
export class SymbolParseError extends Error {
  override name = 'SymbolParseError';
  /** A stable code for programs: always `invalid-symbol`. */
  readonly code = 'invalid-symbol';
  constructor(
    message: string,
    /** The text given. */
    readonly input: string,
    /** 0-based index of the offending component (0 is the root), or -1 for the whole text. */
    readonly component: number,
  ) {
    super(message);
  }
}
