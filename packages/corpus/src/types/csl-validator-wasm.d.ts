// csl-validator-wasm ships no type declarations; the tests call its rnv build directly.
declare module 'csl-validator-wasm/rnv.mjs' {
  export default function RNV(options: {
    arguments: string[];
    preRun(module: {
      FS: { mkdir(path: string): void; writeFile(path: string, data: string): void };
    }): void;
    print(line: string): void;
    printErr(line: string): void;
  }): Promise<unknown>;
}
