// citation-js 0.8 ships no type declarations: these cover the parts this package uses.
declare module '@citation-js/core' {
  interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
    get(name: string): T | undefined;
    remove(name: string): void;
  }
  export const plugins: {
    add(name: string, plugin: Record<string, unknown>): void;
    remove(name: string): void;
    has(name: string): boolean;
    config: { get(name: '@csl'): { styles: Register<string>; locales: Register<string> } };
    output: {
      format(name: string, data: readonly object[], options?: Record<string, unknown>): unknown;
    };
  };
  export const logger: { warn(...args: unknown[]): void };
  export class Cite {
    constructor(data?: unknown, options?: Record<string, unknown>);
    data: Array<Record<string, unknown>>;
    format(name: string, options?: Record<string, unknown>): string;
    static async(data: unknown, options?: Record<string, unknown>): Promise<Cite>;
  }
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
