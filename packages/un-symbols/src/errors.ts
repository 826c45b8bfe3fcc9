/**
 * Thrown by `parseSymbol` (and the functions that parse: `normalizeSymbol`, `describeSymbol`,
 * `explainSymbol`, `symbolUrl`, `digitalLibraryUrl`) for text that is not a UN document symbol,
 * naming the component that is wrong. The only error this package throws.
 */
export class SymbolParseError extends Error {
  /**
   * True for a SymbolParseError of any copy of this package, such as the one built into
   * `@black-january/corpus`: its instances carry a registered symbol that `instanceof` reads.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class tested, maybe a subclass.
    if (this !== SymbolParseError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === 'object' && value !== null && BRAND in value;
  }

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

const BRAND = Symbol.for('@black-january/un-symbols:SymbolParseError');
Object.defineProperty(SymbolParseError.prototype, BRAND, { value: true });
