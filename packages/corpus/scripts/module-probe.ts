// What the module-units plugin learns from esbuild itself: the files a bundle reads, the imports
// between them, and the names a module exports.
import { resolve } from 'node:path';
import type { Options } from 'tsup';

export type Plugin = NonNullable<Options['esbuildPlugins']>[number];
export type Build = Parameters<Plugin['setup']>[0];

/** What an esbuild bundle of `roots` reads (packages other than `inline` left out), and exports. */
export async function probe(build: Build, roots: string[], inline: RegExp) {
  const { metafile } = await build.esbuild.build({
    entryPoints: roots,
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'neutral',
    outdir: 'unit-probe',
    logLevel: 'silent',
    plugins: [
      {
        name: 'packages-outside',
        setup(inner) {
          inner.onResolve({ filter: /^[^./]/ }, (args) =>
            args.kind === 'entry-point' || inline.test(args.path)
              ? undefined
              : { path: args.path, external: true },
          );
        },
      },
    ],
  });
  const files = Object.keys(metafile.inputs).map((file) => resolve(file));
  const imports = Object.entries(metafile.inputs).flatMap(([file, input]) =>
    input.imports.filter((i) => !i.external).map((i) => [resolve(file), resolve(i.path)] as const),
  );
  const exports = Object.values(metafile.outputs).flatMap((output) => output.exports);
  return { files, imports, exports };
}

/** The names an ES module's text exports, as written (esbuild's metafile can list more). */
export async function written(build: Build, text: string): Promise<string[]> {
  const { metafile } = await build.esbuild.build({
    stdin: { contents: text, loader: 'js' },
    write: false,
    metafile: true,
    format: 'esm',
    logLevel: 'silent',
  });
  return Object.values(metafile.outputs).flatMap((output) => output.exports);
}
