import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/**
 * A Node built-in loaded when a command first needs it, not at every start-up; with `require`,
 * as the bin's compile cache before Node 22.1 (bin/compile-cache.cjs) keeps no module that calls
 * `import()`.
 */
export const builtin = {
  net: (): typeof import('node:net') => load('node:net'),
  os: (): typeof import('node:os') => load('node:os'),
};
