import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

// The corpus package as CommonJS: each `import('@black-january/corpus/…')` of the CLI becomes a
// lazy `require` of the package's CommonJS build, so that a command loads no ES module at all.
// Node 20's ES module loader costs a run of the CLI about 8 ms more than `require` (measured with
// `pnpm bench`); the vocabulary (constants only) is bundled in.
const corpusAsCommonJs: Plugin = {
  name: 'corpus-as-commonjs',
  setup(build) {
    build.onResolve({ filter: /^@black-january\/corpus(\/|$)/ }, (args) => {
      if (args.namespace === 'corpus-cjs') return { path: args.path, external: true };
      if (args.path === '@black-january/corpus/vocabulary') return undefined;
      return { path: args.path, namespace: 'corpus-cjs' };
    });
    build.onLoad({ filter: /.*/, namespace: 'corpus-cjs' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

// The version, written into the code (src/main.ts reads package.json when run from source).
const define = {
  __CLI_VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version),
};

// No `clean`: the two builds run side by side, and one would clean the other's output away; the
// build script empties dist first.
export default defineConfig([
  {
    // The library entry, for programs that run commands in-process.
    entry: { index: 'src/index.ts' },
    define,
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    splitting: true,
    dts: { entry: { index: 'src/index.ts' } },
    // The corpus package is a dependency, loaded per command (its heavy parts only when needed).
    external: [/^@black-january\/corpus/],
  },
  {
    // The bin: one CommonJS file.
    entry: { bin: 'src/bin.ts' },
    define,
    format: ['cjs'],
    target: 'node20',
    platform: 'node',
    shims: true,
    // Seen by the plugin rather than left external as a dependency.
    noExternal: [/^@black-january\/corpus/],
    esbuildPlugins: [corpusAsCommonJs],
  },
]);
